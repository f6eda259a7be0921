// Human record numbers: people say "C-0042", never a uuid.
export function ref(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(4, '0')}`
}
export const customerRef = (n: number) => ref('C', n)
export const contactRef = (n: number) => ref('P', n)
export const interactionRef = (n: number) => ref('I', n)
export const requirementRef = (n: number) => ref('R', n)
export const deploymentRef = (n: number) => ref('D', n)
export const competitorRef = (n: number) => ref('CP', n)
export const ticketRef = (n: number) => ref('T', n)
export const contractRef = (n: number) => ref('MC', n) // 维保合同
export const salesContractRef = (n: number) => ref('SC', n) // 销售合同
export const callbackRef = (n: number) => ref('CB', n)
export const dealRef = (n: number) => ref('DL', n)
