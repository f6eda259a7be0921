package sample

import (
	"fmt"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Deliveries makes n released versions (1.0.0, 1.0.1, …) sharing out the requirements, and
// perCustomer deployments per customer in use (the first in production, the others in test or
// staging), for the large data set. Releases carry ids (derived from the version, so the same
// inputs give the same data) so the deployments can name them.
func Deliveries(customers, requirements []uuid.UUID, n, perCustomer int) ([]backend.Release, []backend.Deployment) {
	releases := make([]backend.Release, n)
	each := len(requirements) / max(n, 1)
	for i := range releases {
		version := fmt.Sprintf("%d.%d.%d", 1+i/400, i/20%20, i%20)
		releases[i] = backend.Release{ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte("vendordesk release "+version)), Version: version,
			Status: backend.RelReleased, ActualDate: fmt.Sprintf("2026-%02d-%02d", 1+i%12, 1+i%28),
			Requirements: requirements[i*each : (i+1)*each]}
	}
	var deployments []backend.Deployment
	for c, id := range customers {
		for k := range perCustomer {
			env, on := backend.Environment("production"), fmt.Sprintf("2026-%02d-%02d", 1+(c+k)%12, 1+c%28)
			if k > 0 {
				env = backend.Environments[1+k%2] // staging or test
			}
			deployments = append(deployments, backend.Deployment{CustomerID: id, ReleaseID: releases[(c*7+k*13)%n].ID,
				Environment: env, Status: backend.DepLive, DeployedOn: on, GoLiveOn: on})
		}
	}
	return releases, deployments
}
