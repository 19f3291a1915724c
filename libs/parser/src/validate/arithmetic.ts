// The validate stage's arithmetic check (勾稽关系) is written once, in libs/domain, so the bureau's web form runs the
// very same function on what is typed.
export { checkArithmetic } from '@dh/domain';
