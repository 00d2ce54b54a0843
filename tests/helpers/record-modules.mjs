// `node --import tests/helpers/record-modules.mjs …` appends the URL of every module the process loads to the file
// named by DOLMETSCH_RECORD_MODULES: what a command really pulls in, compiled or through tsx alike.
import { register } from 'node:module';

register('./record-modules-hooks.mjs', import.meta.url);
