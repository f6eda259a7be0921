package backend

import (
	"errors"
	"fmt"
)

// Error codes: the frontend maps Code (+ Reason, Field) to a sentence in the user's language.
const (
	CodeInvalid  = "invalid"
	CodeNotFound = "not_found"
	CodeConflict = "conflict"
	CodeInternal = "internal"
)

// Error is an expected failure the user can act on. Message is the English sentence (used in logs
// and as a fallback); Reason names the i18n message and Params fills it, so the frontend can show
// the same error in Chinese or English next to Field.
type Error struct {
	Code    string         `json:"code"`
	Message string         `json:"message"`
	Field   string         `json:"field,omitempty"`
	Reason  string         `json:"reason,omitempty"`
	Params  map[string]any `json:"params,omitempty"`
}

func (e *Error) Error() string {
	if e.Field != "" {
		return e.Field + ": " + e.Message
	}
	return e.Message
}

// Invalid reports bad input in one field.
func Invalid(field, reason, message string, params map[string]any) *Error {
	return &Error{Code: CodeInvalid, Field: field, Reason: reason, Message: message, Params: params}
}

// NotFound reports a missing record of the given kind ("customer", "contact", ...).
func NotFound(kind string) *Error {
	return &Error{Code: CodeNotFound, Reason: "not_found", Message: fmt.Sprintf("This %s does not exist (it may have been deleted).", kind),
		Params: map[string]any{"kind": kind}}
}

// Conflict reports a request that contradicts the stored state.
func Conflict(reason, message string, params map[string]any) *Error {
	return &Error{Code: CodeConflict, Reason: reason, Message: message, Params: params}
}

// ErrorCode returns the code of err: the code of a *Error in its chain, else internal.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}

// AsError turns any error into the shape the frontend receives. Unexpected errors become
// "internal" with a generic message; their text stays in the log.
func AsError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	// The detail alone goes in the params: the frontend's sentence has its own "something went
	// wrong" around it.
	return &Error{Code: CodeInternal, Reason: "internal", Message: "Something went wrong inside VendorDesk: " + err.Error(),
		Params: map[string]any{"detail": err.Error()}}
}
