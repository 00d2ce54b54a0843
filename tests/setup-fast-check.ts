// Property tests explore with a fixed seed so CI is repeatable; FC_SEED=<n> (or FC_SEED=random) explores further.
import fc from 'fast-check';

const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261126);
fc.configureGlobal({ seed });
