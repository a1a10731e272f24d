export default () => async (_ctx: unknown, next: () => Promise<void>) => next();
