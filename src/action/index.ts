import { startGitWork } from './git-first.js';

// Git's part of the comparison starts from the event before the rest of the Action is loaded:
// its processes (a fetch among them) run while Node compiles the code that uses their answers.
const started = startGitWork(process.env);
const { run } = await import('./main.js');
await run(started);
