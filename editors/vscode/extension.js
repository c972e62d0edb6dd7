// A minimal VS Code client for `armor lsp`. Not built or published from this repository:
// `npm install` in this folder, then "Developer: Install Extension from Location..." or
// `npx @vscode/vsce package`.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('armor').get('path', 'armor');
  const serverOptions = { command, args: ['lsp'], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'bicep' },
      { scheme: 'file', language: 'bicep-params' },
      { scheme: 'file', pattern: '**/*.json' },
    ],
    synchronize: {
      // Template, module and armor.json changes on disk re-lint the open documents.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.bicep,*.bicepparam,*.json}'),
    },
  };
  client = new LanguageClient('armor', 'armor', serverOptions, clientOptions);
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
