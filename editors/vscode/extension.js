// The WLanguage extension: colouring comes from the TextMate grammar (syntaxes/), everything
// else from wlang's language server, `wl lsp`, started over stdio.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
    const config = vscode.workspace.getConfiguration('wlang');
    const args = ['lsp'];
    const lang = config.get('server.lang');
    if (lang) {
        args.push('--lang', lang);
    }
    const server = { command: config.get('server.path') || 'wl', args };
    client = new LanguageClient(
        'wlang',
        'WLanguage (wl lsp)',
        { run: server, debug: server },
        {
            documentSelector: [{ language: 'wlanguage' }, { language: 'windev-export' }],
            initializationOptions: { keepCase: config.get('format.keepCase') === true },
        },
    );
    client.start();
    context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
    return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
