/** The `ecslint-language-server` bin: the language server over stdio (or Node IPC, or a socket). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { VERSION } from '../../version.js';
import { startServer } from './server.js';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
} else if (
  args.includes('--help') ||
  args.includes('-h') ||
  !args.some((a) => /^--(stdio|node-ipc|socket=|pipe=)/.test(a))
) {
  process.stdout.write(
    [
      'Usage: ecslint-language-server --stdio',
      '',
      'The ecslint language server (Language Server Protocol over stdin and stdout): diagnostics, quick',
      'fixes and hovers for ECS task definitions and Dockerrun.aws.json files, with the workspace config.',
      'Plugins run only when the client sends initializationOptions { "trusted": true }.',
      '',
    ].join('\n'),
  );
  process.exitCode = args.some((a) => a === '--help' || a === '-h') ? 0 : 2;
} else {
  startServer(createConnection(ProposedFeatures.all));
}
