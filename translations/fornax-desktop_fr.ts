<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArchiveError</name>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Le transfert a été annulé.</translation>
    </message>
    <message>
        <source>The transfer stopped before the archive was complete.</source>
        <translation>Le transfert s’est arrêté avant que l’archive soit complète.</translation>
    </message>
    <message>
        <source>The transfer stopped: %1</source>
        <translation>Le transfert s’est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” does not exist (any more). Choose the files again.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas (ou plus). Choisissez de nouveau les fichiers.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2. Check that you may read it, then try again.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2. Vérifiez que vous avez le droit de le lire, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” changed while it was being packed. Try again when nothing is writing to it.</source>
        <translation>«&#xa0;%1&#xa0;» a changé pendant la mise en archive. Réessayez quand plus rien n’y écrit.</translation>
    </message>
    <message>
        <source>Two of the chosen items are called “%1”. Rename one of them or send them one at a time.</source>
        <translation>Deux des éléments choisis s’appellent «&#xa0;%1&#xa0;». Renommez-en un ou envoyez-les un par un.</translation>
    </message>
    <message>
        <source>Could not pack “%1”: %2.</source>
        <translation>Impossible d’archiver «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot extract into “%1”: %2. Choose another folder.</source>
        <translation>Impossible d’extraire dans «&#xa0;%1&#xa0;»&#xa0;: %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, which points outside the download folder; nothing was extracted.</source>
        <translation>L’archive contient «&#xa0;%1&#xa0;», qui pointe hors du dossier de téléchargement&#xa0;; rien n’a été extrait.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, a device, pipe or socket, which is never extracted; nothing was extracted.</source>
        <translation>L’archive contient «&#xa0;%1&#xa0;», un périphérique, un tube ou un socket, qui n’est jamais extrait&#xa0;; rien n’a été extrait.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, a name too long for this disk; nothing was extracted.</source>
        <translation>L’archive contient «&#xa0;%1&#xa0;», un nom trop long pour ce disque&#xa0;; rien n’a été extrait.</translation>
    </message>
    <message>
        <source>The archive contains an entry with an unusable name (“%1”); nothing was extracted.</source>
        <translation>L’archive contient une entrée au nom inutilisable («&#xa0;%1&#xa0;»)&#xa0;; rien n’a été extrait.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, a hard link to “%2”, which is not a file extracted before it; nothing was extracted.</source>
        <translation>L’archive contient «&#xa0;%1&#xa0;», un lien physique vers «&#xa0;%2&#xa0;», qui n’est pas un fichier extrait auparavant&#xa0;; rien n’a été extrait.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, which would be written through a symbolic link; nothing was extracted.</source>
        <translation>L’archive contient «&#xa0;%1&#xa0;», qui serait écrit à travers un lien symbolique&#xa0;; rien n’a été extrait.</translation>
    </message>
    <message>
        <source>The archive contains “%1” twice; nothing was extracted.</source>
        <translation>L’archive contient «&#xa0;%1&#xa0;» deux fois&#xa0;; rien n’a été extrait.</translation>
    </message>
    <message>
        <source>The archive is damaged or incomplete (%1); nothing was extracted. Try the download again.</source>
        <translation>L’archive est endommagée ou incomplète (%1)&#xa0;; rien n’a été extrait. Relancez le téléchargement.</translation>
    </message>
    <message>
        <source>The archive is incomplete (%1); nothing was extracted. Try the download again.</source>
        <translation>L’archive est incomplète (%1)&#xa0;; rien n’a été extrait. Relancez le téléchargement.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2; nothing was extracted. Check the free space and the permissions of the download folder.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2&#xa0;; rien n’a été extrait. Vérifiez l’espace libre et les droits du dossier de téléchargement.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, which was not asked for; nothing was extracted. The server sent more than the chosen items: tell your hub&apos;s administrators.</source>
        <translation>L’archive contient «&#xa0;%1&#xa0;», qui n’a pas été demandé&#xa0;; rien n’a été extrait. Le serveur a envoyé plus que les éléments choisis&#xa0;: prévenez les administrateurs de votre hub.</translation>
    </message>
    <message>
        <source>The archive holds %1 (at “%2”); extraction stopped there and nothing was extracted. Try the download again; if it happens again, tell your hub&apos;s administrators.</source>
        <translation>L’archive contient %1 (à «&#xa0;%2&#xa0;»)&#xa0;; l’extraction s’est arrêtée là et rien n’a été extrait. Relancez le téléchargement&#xa0;; si cela se reproduit, prévenez les administrateurs de votre hub.</translation>
    </message>
    <message>
        <source>“%1” arrived with different contents than the server has (SHA-256); nothing was extracted. Download again.</source>
        <translation>«&#xa0;%1&#xa0;» est arrivé avec un contenu différent de celui du serveur (SHA-256)&#xa0;; rien n’a été extrait. Téléchargez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>Options of %1:</source>
        <translation>Options de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Options de toutes les commandes&#xa0;:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The hub to use: the address you open in a browser (default: $FORNAX_HUB, else the Fornax Science Console).</source>
        <translation>Le hub à utiliser&#xa0;: l’adresse que vous ouvrez dans un navigateur (par défaut&#xa0;: $FORNAX_HUB, sinon la Fornax Science Console).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the API token from this file (else $FORNAX_TOKEN, else the token saved in the keychain by signing in with the app).</source>
        <translation>Lire le jeton d’API dans ce fichier (sinon $FORNAX_TOKEN, sinon le jeton enregistré dans le trousseau lors de la connexion avec l’application).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Print results as JSON, for scripts.</source>
        <translation>Afficher les résultats en JSON, pour les scripts.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Fornax Desktop: a desktop client for the Fornax Science Console and any JupyterHub.
Without a command it opens the window.</source>
        <translation>Fornax Desktop&#xa0;: un client de bureau pour la Fornax Science Console et tout JupyterHub.
Sans commande, il ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>Optional command to run without a window (below).</source>
        <translation>Commande facultative à exécuter sans fenêtre (voir ci-dessous).</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[commande]</translation>
    </message>
    <message>
        <source>--%1 belongs to a command; run with --help to see which.</source>
        <translation>--%1 appartient à une commande&#xa0;; lancez avec --help pour savoir laquelle.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run with --help to see what is available.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Lancez avec --help pour voir les commandes disponibles.</translation>
    </message>
    <message>
        <source>Use a hub on another computer even over plain http:// (your token then crosses the network unencrypted, readable by anyone on the way).</source>
        <translation>Utiliser un hub situé sur un autre ordinateur même en simple http:// (votre jeton traverse alors le réseau en clair, lisible par quiconque se trouve sur le trajet).</translation>
    </message>
    <message>
        <source>Also print the app&apos;s log lines (on stderr), e.g. for a bug report.</source>
        <translation>Afficher aussi les lignes de journal de l’application (sur stderr), p. ex. pour un rapport de bogue.</translation>
    </message>
    <message>
        <source>“help” takes one command, e.g. “help upload”, but got “%1”.</source>
        <translation>«&#xa0;help&#xa0;» attend une commande, p. ex. «&#xa0;help upload&#xa0;», mais a reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 belongs to %2, but no command was given. Run with --help to see the commands.</source>
        <translation>%1 appartient à %2, mais aucune commande n’a été donnée. Lancez avec --help pour voir les commandes.</translation>
    </message>
    <message>
        <source>“%1” has no option %2. Run “fornax-desktop help %1” to see what “%1” takes.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’option %2. Lancez «&#xa0;fornax-desktop help %1&#xa0;» pour voir ce que «&#xa0;%1&#xa0;» accepte.</translation>
    </message>
    <message>
        <source>“%1” has no option %2: it belongs to %3; options only apply to the commands they belong to. Run “fornax-desktop help %1” to see what “%1” takes.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’option %2&#xa0;: elle appartient à %3 ; les options ne s’appliquent qu’aux commandes auxquelles elles appartiennent. Lancez «&#xa0;fornax-desktop help %1&#xa0;» pour voir ce que «&#xa0;%1&#xa0;» accepte.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>Show what COMMAND does, its arguments and its options (also: COMMAND --help).</source>
        <translation>Afficher ce que fait COMMANDE, ses arguments et ses options (aussi&#xa0;: COMMANDE --help).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  the hub refused or the operation failed (the message says why)
  2  wrong arguments
  3  not signed in, the sign-in expired, or it lacks a permission: sign in with the app or give a new token
  4  the hub cannot be reached (network, name lookup, TLS, timeout, gateway)
  5  the server is not running
  6  a download was refused: over the monthly budget, or above the warning size with no terminal to ask and no --yes
  7  completed with skips: everything else was copied, but entries the app never copies were left out and named (links pointing outside what was chosen; sockets, fifos, devices)
  130  interrupted (Ctrl+C), after removing what the command had left on the server
</source>
        <translation>Codes de sortie&#xa0;:
  0  succès
  1  le hub a refusé ou l’opération a échoué (le message explique pourquoi)
  2  arguments incorrects
  3  non connecté, connexion expirée ou autorisation manquante&#xa0;: connectez-vous avec l’application ou fournissez un nouveau jeton
  4  le hub est injoignable (réseau, résolution de nom, TLS, délai dépassé, passerelle)
  5  le serveur n’est pas en marche
  6  un téléchargement a été refusé&#xa0;: au-delà du budget mensuel, ou au-delà de la taille d’alerte sans terminal pour demander et sans --yes
  7  terminé avec des omissions&#xa0;: tout le reste a été copié, mais les entrées que l’application ne copie jamais ont été laissées de côté et nommées (liens pointant hors de la sélection&#xa0;; sockets, FIFO, périphériques)
  130  interrompu (Ctrl+C), après suppression de ce que la commande avait laissé sur le serveur
</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a command&apos;s name, quoted</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CostMeter</name>
    <message>
        <source>Estimated cost: %1 this session, %2 this month</source>
        <translation>Coût estimé : %1 pour cette session, %2 ce mois-ci</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (estimation)</translation>
    </message>
</context>
<context>
    <name>CreditYear</name>
    <message>
        <source>This year (since %1): %2 of %3 %4 used</source>
        <translation>Cette année (depuis le %1)&#xa0;: %2 sur %3 %4 utilisés</translation>
    </message>
    <message>
        <source>%1: the allotment is used up until it is renewed on %2.</source>
        <translation>%1&#xa0;: l’allocation est épuisée jusqu’à son renouvellement le %2.</translation>
    </message>
    <message>
        <source>%1; at this rate they run out on %2.</source>
        <translation>%1&#xa0;; à ce rythme, ils seront épuisés le %2.</translation>
    </message>
    <message>
        <source>%1; at this rate they last until they are renewed on %2.</source>
        <translation>%1&#xa0;; à ce rythme, ils dureront jusqu’à leur renouvellement le %2.</translation>
    </message>
    <message>
        <source>%1; they are renewed on %2.</source>
        <translation>%1&#xa0;; ils sont renouvelés le %2.</translation>
    </message>
    <message>
        <source>Storage is not counted: the app has not yet seen how much your home folder holds.</source>
        <translation>Le stockage n’est pas compté&#xa0;: l’application n’a pas encore vu combien occupe votre dossier personnel.</translation>
    </message>
    <message>
        <source>Storage is counted from %1, when the app first saw how much your home folder holds.</source>
        <translation>Le stockage est compté depuis le %1, quand l’application a vu pour la première fois combien occupe votre dossier personnel.</translation>
    </message>
    <message>
        <source>Alert: %1 % of the year&apos;s %2 used.</source>
        <translation>Alerte&#xa0;: %1&#xa0;% des %2 de l’année utilisés.</translation>
    </message>
    <message>
        <source>Alert: %1 % of this month&apos;s budget used.</source>
        <translation>Alerte&#xa0;: %1&#xa0;% du budget de ce mois utilisés.</translation>
    </message>
    <message>
        <source>This year&apos;s %1 are used up</source>
        <translation>Les %1 de cette année sont épuisés</translation>
    </message>
    <message>
        <source>%1 % of this year&apos;s %2 used</source>
        <translation>%1&#xa0;% des %2 de cette année utilisés</translation>
    </message>
    <message>
        <source>This month&apos;s budget is used up</source>
        <translation>Le budget de ce mois est épuisé</translation>
    </message>
    <message>
        <source>%1 % of this month&apos;s budget used</source>
        <translation>%1&#xa0;% du budget de ce mois utilisé</translation>
    </message>
    <message>
        <source>About %1 of %2 spent this month (an estimate; the hub&apos;s bill is the truth).</source>
        <translation>Environ %1 sur %2 dépensés ce mois-ci (une estimation&#xa0;; seule la facture du hub fait foi).</translation>
    </message>
    <message>
        <source>Home folder: at least %1 (measured %2); the rates have no storage price.</source>
        <translation>Dossier personnel&#xa0;: au moins %1 (mesuré %2)&#xa0;; les tarifs n&apos;incluent pas de prix de stockage.</translation>
    </message>
    <message>
        <source>Home folder: %1 (measured %2); the rates have no storage price.</source>
        <translation>Dossier personnel&#xa0;: %1 (mesuré %2)&#xa0;; les tarifs n&apos;incluent pas de prix de stockage.</translation>
    </message>
    <message>
        <source>Home folder: at least %1 (measured %2); storage costs at least %3 a month.</source>
        <translation>Dossier personnel&#xa0;: au moins %1 (mesuré %2)&#xa0;; le stockage coûte au moins %3 par mois.</translation>
    </message>
    <message>
        <source>Home folder: %1 (measured %2); storage costs %3 a month.</source>
        <translation>Dossier personnel&#xa0;: %1 (mesuré %2)&#xa0;; le stockage coûte %3 par mois.</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EgressPolicy</name>
    <message>
        <source>this download</source>
        <translation>ce téléchargement</translation>
    </message>
    <message>
        <source>Every byte that leaves the console is billed to the mission. Where you can, analyse the data in the cloud and download only the results.</source>
        <translation>Chaque octet qui quitte la console est facturé à la mission. Dans la mesure du possible, analysez les données dans le cloud et ne téléchargez que les résultats.</translation>
    </message>
    <message>
        <source>of unknown size</source>
        <translation>de taille inconnue</translation>
    </message>
    <message>
        <source>Download over your monthly budget</source>
        <translation>Téléchargement au-delà de votre budget mensuel</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download a large file?</source>
        <translation>Télécharger un gros fichier ?</translation>
    </message>
    <message>
        <source>Downloading “%1” (%2) would cost %3, but only %4 of your monthly budget of %5 is left (%6 used this month; all figures are estimates). Raise the budget in Settings ▸ Rates and budget to download it.</source>
        <translation>Télécharger «&#xa0;%1&#xa0;» (%2) coûterait %3, mais il ne reste que %4 de votre budget mensuel de %5 (%6 utilisés ce mois-ci&#xa0;; tous les chiffres sont des estimations). Augmentez le budget dans Paramètres ▸ Tarifs et budget pour le télécharger.</translation>
    </message>
    <message>
        <source>Your monthly budget of %1 is used up (%2 this month; an estimate), and the size of “%3” is not known. Raise the budget in Settings ▸ Rates and budget to download it.</source>
        <translation>Votre budget mensuel de %1 est épuisé (%2 ce mois-ci&#xa0;; une estimation) et la taille de «&#xa0;%3&#xa0;» est inconnue. Augmentez le budget dans Paramètres ▸ Tarifs et budget pour le télécharger.</translation>
    </message>
    <message>
        <source>“%1” (%2) costs %3 to download (an estimate).</source>
        <translation>Télécharger «&#xa0;%1&#xa0;» (%2) coûte %3 (une estimation).</translation>
    </message>
    <message>
        <source>“%1” is %2, more than %3. Downloading it costs %4 (an estimate). This month so far: %5.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2, plus de %3. Le télécharger coûte %4 (une estimation). Depuis le début du mois&#xa0;: %5.</translation>
    </message>
    <message>
        <source>The size of “%1” is not known before it downloads, so its cost cannot be estimated (%2 per GB). This month so far: %3.</source>
        <translation>La taille de «&#xa0;%1&#xa0;» n’est pas connue avant le téléchargement, son coût ne peut donc pas être estimé (%2 par Go). Depuis le début du mois&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>EgressPrompt</name>
    <message>
        <source>--yes does not override the monthly budget.</source>
        <translation>--yes ne passe pas outre le budget mensuel.</translation>
    </message>
    <message>
        <source>Not downloading: there is no terminal to ask. Run it in a terminal, or add --yes to accept the cost.</source>
        <translation>Pas de téléchargement : aucun terminal pour poser la question. Lancez-le dans un terminal, ou ajoutez --yes pour accepter le coût.</translation>
    </message>
    <message>
        <source>Download it anyway? [y/N]</source>
        <translation>Le télécharger quand même ? [o/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>EventStreamParser</name>
    <message>
        <source>The hub sent an event larger than %1, far more than progress reports need; the rest of the stream is ignored.</source>
        <translation>Le hub a envoyé un événement de plus de %1, bien plus que ce dont ont besoin les rapports de progression&#xa0;; le reste du flux est ignoré.</translation>
    </message>
</context>
<context>
    <name>HomeFacts</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En marche depuis %1</translation>
    </message>
    <message>
        <source>This session&apos;s cost is not known: the hub does not say which size runs.</source>
        <translation>Coût de cette session inconnu&#xa0;: le hub n&apos;indique pas quelle taille tourne.</translation>
    </message>
    <message>
        <source>This session&apos;s cost is not known: there is no rate for %1 (Settings ▸ Rates and budget).</source>
        <translation>Coût de cette session inconnu&#xa0;: aucun tarif pour %1 (Paramètres ▸ Tarifs et budget).</translation>
    </message>
    <message>
        <source>This session so far: %1</source>
        <translation>Cette session jusqu&apos;ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept from stopping when idle until %1</source>
        <translation>Protégé de l&apos;arrêt pour inactivité jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>When the hub stops an idle server is not known.</source>
        <translation>On ne sait pas quand le hub arrête un serveur inactif.</translation>
    </message>
    <message>
        <source>Stops after %1 without use (the hub has not said when it was last used).</source>
        <translation>S&apos;arrête après %1 sans utilisation (le hub n&apos;a pas indiqué sa dernière utilisation).</translation>
    </message>
    <message>
        <source>Stops when idle at %1 (in %2)</source>
        <translation>S&apos;arrête pour inactivité à %1 (dans %2)</translation>
    </message>
    <message>
        <source>Idle for the hub&apos;s %1: it may stop the server any moment.</source>
        <translation>Inactif depuis la limite de %1 du hub&#xa0;: il peut arrêter le serveur à tout moment.</translation>
    </message>
    <message>
        <source>The hub&apos;s time limit for a server is not known.</source>
        <translation>La limite de durée du hub pour un serveur est inconnue.</translation>
    </message>
    <message>
        <source>Stops %1 after it started (the hub has not said when that was).</source>
        <translation>S&apos;arrête %1 après son démarrage (le hub n&apos;a pas indiqué quand).</translation>
    </message>
    <message>
        <source>Stops at its %1 limit at %2 (in %3)</source>
        <translation>S&apos;arrête à sa limite de %1 à %2 (dans %3)</translation>
    </message>
    <message>
        <source>No yearly allotment is known for this hub (Settings ▸ Rates and budget).</source>
        <translation>Aucune dotation annuelle connue pour ce hub (Paramètres ▸ Tarifs et budget).</translation>
    </message>
    <message>
        <source>%1 of %2 %3 used since %4</source>
        <translation>%1 sur %2 %3 utilisés depuis %4</translation>
    </message>
    <message>
        <source>%1 %2 left until %3</source>
        <translation>%1 %2 restants jusqu&apos;à %3</translation>
    </message>
    <message>
        <source>Used up until they are renewed on %1.</source>
        <translation>Épuisés jusqu&apos;à leur renouvellement le %1.</translation>
    </message>
    <message>
        <source>At this rate they run out on %1.</source>
        <translation>À ce rythme, ils seront épuisés le %1.</translation>
    </message>
    <message>
        <source>At this rate they last until they are renewed.</source>
        <translation>À ce rythme, ils dureront jusqu&apos;à leur renouvellement.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing used in the last %n day(s): no forecast.</source>
        <translation>
            <numerusform>Rien d&apos;utilisé depuis %n jour&#xa0;: pas de prévision.</numerusform>
            <numerusform>Rien d&apos;utilisé depuis %n jours&#xa0;: pas de prévision.</numerusform>
        </translation>
    </message>
    <message>
        <source>size not known</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>cost not known</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>terminée %1</translation>
    </message>
    <message>
        <source>last seen running %1</source>
        <translation>vue en marche pour la dernière fois %1</translation>
    </message>
    <message>
        <source>%1, %2, %3; %4.</source>
        <translation>%1, %2, %3&#xa0;; %4.</translation>
    </message>
    <message>
        <source>Not measured yet: the app measures it while your server runs.</source>
        <translation>Pas encore mesuré&#xa0;: l&apos;application le mesure pendant que votre serveur est en marche.</translation>
    </message>
    <message>
        <source>At least %1, measured %2</source>
        <translation>Au moins %1, mesuré %2</translation>
    </message>
    <message>
        <source>%1, measured %2</source>
        <translation>%1, mesuré %2</translation>
    </message>
    <message>
        <source>At least %1, measured %2; at least %3 a month</source>
        <translation>Au moins %1, mesuré %2&#xa0;; au moins %3 par mois</translation>
    </message>
    <message>
        <source>%1, measured %2; %3 a month</source>
        <translation>%1, mesuré %2&#xa0;; %3 par mois</translation>
    </message>
</context>
<context>
    <name>HubError</name>
    <message>
        <source>The hub&apos;s address could not be found (%1). Check the address in the settings and your internet connection.</source>
        <translation>L’adresse du hub est introuvable (%1). Vérifiez l’adresse dans les paramètres et votre connexion à Internet.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Check your internet connection; if it works, the hub may be down for maintenance: try again later.</source>
        <translation>Le hub est injoignable. Vérifiez votre connexion à Internet&#xa0;; si elle fonctionne, le hub est peut-être en maintenance&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>The hub&apos;s secure connection could not be verified, so nothing was sent. The network may be intercepting traffic: try another network, or ask the hub&apos;s administrators.</source>
        <translation>La connexion sécurisée au hub n’a pas pu être vérifiée, donc rien n’a été envoyé. Le réseau intercepte peut-être le trafic&#xa0;: essayez un autre réseau ou demandez aux administrateurs du hub.</translation>
    </message>
    <message>
        <source>The hub did not answer in time. Try again; if it keeps happening, the hub may be overloaded.</source>
        <translation>Le hub n’a pas répondu à temps. Réessayez&#xa0;; si cela se reproduit, le hub est peut-être surchargé.</translation>
    </message>
    <message>
        <source>A proxy or gateway in front of the hub failed. This is usually temporary: try again in a minute.</source>
        <translation>Un proxy ou une passerelle devant le hub a échoué. C’est généralement temporaire&#xa0;: réessayez dans une minute.</translation>
    </message>
    <message>
        <source>This address does not belong to a JupyterHub. Check it: it should be the address you open in a browser to reach your hub.</source>
        <translation>Cette adresse n’appartient pas à un JupyterHub. Vérifiez-la&#xa0;: ce doit être l’adresse que vous ouvrez dans un navigateur pour accéder à votre hub.</translation>
    </message>
    <message>
        <source>The hub does not know this user or server. Check the account in the settings.</source>
        <translation>Le hub ne connaît pas cet utilisateur ou ce serveur. Vérifiez le compte dans les paramètres.</translation>
    </message>
    <message>
        <source>Your server is already running.</source>
        <translation>Votre serveur est déjà en marche.</translation>
    </message>
    <message>
        <source>Your server is already starting or stopping. Wait for it to finish.</source>
        <translation>Votre serveur est déjà en train de démarrer ou de s’arrêter. Attendez que ce soit fini.</translation>
    </message>
    <message numerus="yes">
        <source>The hub is starting too many servers at once. It asks to try again in %n second(s).</source>
        <translation>
            <numerusform>Le hub démarre trop de serveurs à la fois. Il demande de réessayer dans %n seconde.</numerusform>
            <numerusform>Le hub démarre trop de serveurs à la fois. Il demande de réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub reported an error. Try again; if it keeps happening, tell the hub&apos;s administrators.</source>
        <translation>Le hub a signalé une erreur. Réessayez&#xa0;; si cela se reproduit, prévenez les administrateurs du hub.</translation>
    </message>
    <message>
        <source>The hub sent a reply this app cannot understand. The hub may be a version this app does not support yet.</source>
        <translation>Le hub a envoyé une réponse que cette application ne comprend pas. Le hub est peut-être d’une version que cette application ne prend pas encore en charge.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La demande a été annulée.</translation>
    </message>
    <message>
        <source>The hub said: %1</source>
        <translation>Le hub a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The hub sent more than %1 in one reply, far more than such an answer holds, so the app stopped reading it. Nothing was changed. If this keeps happening, tell the hub&apos;s administrators.</source>
        <translation>Le hub a envoyé plus de %1 dans une seule réponse, bien plus que n’en contient une telle réponse, donc l’application a cessé de la lire. Rien n’a été modifié. Si cela se reproduit, prévenez les administrateurs du hub.</translation>
    </message>
    <message>
        <source>The request was redirected to %1, where your sign-in must not go (another site, or another part of the hub). It was stopped there, so nothing was sent to it.</source>
        <translation>La demande a été redirigée vers %1, où votre connexion ne doit pas aller (un autre site, ou une autre partie du hub). Elle a été arrêtée à ce stade, donc rien n’y a été envoyé.</translation>
    </message>
    <message>
        <source>The hub refused this request: the sign-in this app uses is not allowed to do it. A token made on the hub&apos;s token page may lack a permission (scope) the hub names below: sign in again with the app, or make a token with that scope. If your account itself may not do this, ask the hub&apos;s administrators.</source>
        <translation>Le hub a refusé cette requête&#xa0;: la connexion qu’utilise cette application n’a pas le droit de le faire. Il manque peut-être à un jeton créé sur la page des jetons du hub une autorisation (scope) que le hub indique ci-dessous&#xa0;: reconnectez-vous avec l’application, ou créez un jeton avec ce scope. Si votre compte lui-même n’en a pas le droit, adressez-vous aux administrateurs du hub.</translation>
    </message>
    <message>
        <source>This hub does not offer named servers: leave out --server to use your one server.</source>
        <translation>Ce hub ne propose pas de serveurs nommés&#xa0;: omettez --server pour utiliser votre unique serveur.</translation>
    </message>
    <message>
        <source>The hub refused this request as it stands; sending it again will not change that.</source>
        <translation>Le hub a refusé cette requête telle quelle&#xa0;; la renvoyer n’y changera rien.</translation>
    </message>
    <message>
        <source>If the hub&apos;s reason below does not say what to change, tell the hub&apos;s administrators.</source>
        <translation>Si la raison donnée par le hub ci-dessous ne dit pas quoi changer, prévenez les administrateurs du hub.</translation>
    </message>
    <message>
        <source>Your server sent more than %1 in one reply, far more than such an answer holds, so the app stopped reading it. Nothing was changed. Software on your server may be misbehaving: if this keeps happening, restart your server.</source>
        <translation>Votre serveur a envoyé plus de %1 dans une réponse, bien plus qu’une telle réponse n’en contient&#xa0;; l’application a donc cessé de la lire. Rien n’a été modifié. Un logiciel de votre serveur fonctionne peut-être mal&#xa0;: si cela se reproduit, redémarrez votre serveur.</translation>
    </message>
    <message>
        <source>The hub does not accept this sign-in: it expired, was revoked, or (for a token you gave) was never valid. Sign in again with the app, or make a new token on the hub&apos;s token page.</source>
        <translation>Le hub n’accepte pas cette connexion&#xa0;: elle a expiré, a été révoquée ou (pour un jeton que vous avez fourni) n’a jamais été valide. Reconnectez-vous avec l’application ou créez un nouveau jeton sur la page des jetons du hub.</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>stopped at its time limit</source>
        <translation>arrêtée à sa limite de durée</translation>
    </message>
    <message>
        <source>server stopped during the job</source>
        <translation>serveur arrêté pendant la tâche</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>LocalPlacement</name>
    <message>
        <source>it could not be moved to the trash</source>
        <translation>il n’a pas pu être mis à la corbeille</translation>
    </message>
</context>
<context>
    <name>RateCard</name>
    <message>
        <source>credits</source>
        <translation>crédits</translation>
    </message>
    <message>
        <source>AWS public price for data transfer out to the internet</source>
        <translation>Tarif public d’AWS pour le transfert de données vers Internet</translation>
    </message>
    <message>
        <source>%1 %2 per hour</source>
        <translation>%1 %2 par heure</translation>
    </message>
    <message>
        <source>AWS public price for data transfer out to the internet, up to 10 TB a month</source>
        <translation>Prix public d’AWS pour le transfert de données sortant vers Internet, jusqu’à 10 To par mois</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>less than %1 %2</source>
        <translation>moins de %1 %2</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026)</source>
        <translation>Fornax, «&#xa0;User resource allotments and costs&#xa0;» V1.3 (juillet 2026)</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026) and documentation server_options.md</source>
        <translation>Fornax, «&#xa0;User resource allotments and costs&#xa0;» V1.3 (juillet 2026) et documentation, server_options.md</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026) and documentation data_storage.md</source>
        <translation>Fornax, «&#xa0;User resource allotments and costs&#xa0;» V1.3 (juillet 2026) et documentation, data_storage.md</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026): 1000 credits a year per user, renewed on 1 October</source>
        <translation>Fornax, «&#xa0;User resource allotments and costs&#xa0;» V1.3 (juillet 2026)&#xa0;: 1000 crédits par an et par utilisateur, renouvelés le 1er octobre</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026): credits are renewed on 1 October</source>
        <translation>Fornax, «&#xa0;User resource allotments and costs&#xa0;» V1.3 (juillet 2026)&#xa0;: les crédits sont renouvelés le 1er octobre</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026): home (FSx) 0.090 credit per GB-month of use</source>
        <translation>Fornax, «&#xa0;User resource allotments and costs&#xa0;» V1.3 (juillet 2026)&#xa0;: home (FSx) 0,090 crédit par Go-mois utilisé</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026): /scratch (EBS) 0.080 credit per GB-month allocated</source>
        <translation>Fornax, «&#xa0;User resource allotments and costs&#xa0;» V1.3 (juillet 2026)&#xa0;: /scratch (EBS) 0,080 crédit par Go-mois alloué</translation>
    </message>
    <message>
        <source>Fornax documentation data_storage.md: the home folder holds up to 200 GB</source>
        <translation>Documentation Fornax data_storage.md&#xa0;: le dossier personnel peut contenir jusqu&apos;à 200&#xa0;Go</translation>
    </message>
</context>
<context>
    <name>ReplyBudget</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceSample</name>
    <message>
        <source>CPU %1 of %2</source>
        <translation>CPU %1 sur %2</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>Memory %1 of %2 GB</source>
        <translation>Mémoire %1 sur %2 Go</translation>
    </message>
    <message>
        <source>Memory %1 GB</source>
        <translation>Mémoire %1 Go</translation>
    </message>
    <message>
        <source>Home %1 of %2 GB</source>
        <translation>Home %1 sur %2 Go</translation>
    </message>
    <message>
        <source>Home %1 GB</source>
        <translation>Home %1 Go</translation>
    </message>
    <message>
        <source>Scratch %1 of %2 GB</source>
        <translation>Scratch %1 sur %2 Go</translation>
    </message>
    <message>
        <source>Scratch %1 GB</source>
        <translation>Scratch %1 Go</translation>
    </message>
    <message>
        <source>Your server is using %1 % of its memory (%2 of %3 GB): when it runs out, the kernel doing the work is killed or the server stops. Save your work, and restart busy kernels or choose a larger size.</source>
        <translation>Votre serveur utilise %1&#xa0;% de sa mémoire (%2 sur %3 Go)&#xa0;: quand elle est épuisée, le noyau au travail est tué ou le serveur s&apos;arrête. Enregistrez votre travail, puis redémarrez les noyaux occupés ou choisissez une taille plus grande.</translation>
    </message>
    <message>
        <source>Your home folder is %1 % full (%2 of %3 GB): when it is full, saving files and notebooks fails. Delete or download what you no longer need there.</source>
        <translation>Votre dossier personnel est plein à %1&#xa0;% (%2 sur %3 Go)&#xa0;: une fois plein, l&apos;enregistrement des fichiers et des notebooks échoue. Supprimez ou téléchargez ce dont vous n&apos;avez plus besoin.</translation>
    </message>
    <message>
        <source>/scratch is %1 % full (%2 of %3 GB): when it is full, writing there fails. Delete what you no longer need there, or ask for more scratch space.</source>
        <translation>/scratch est plein à %1&#xa0;% (%2 sur %3 Go)&#xa0;: une fois plein, toute écriture y échoue. Supprimez ce dont vous n&apos;avez plus besoin, ou demandez plus d&apos;espace scratch.</translation>
    </message>
    <message>
        <source>Memory %1</source>
        <translation>Mémoire %1</translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation>Dossier personnel %1</translation>
    </message>
    <message>
        <source>Scratch %1</source>
        <translation>Scratch %1</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Starting (%1%)</source>
        <translation>Démarrage (%1 %)</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>Failed to start</source>
        <translation>Échec du démarrage</translation>
    </message>
</context>
<context>
    <name>SizeAdvice</name>
    <message numerus="yes">
        <source>Your last %n sessions on %1 peaked at %2 GB and %3 CPUs</source>
        <translation>
            <numerusform>Votre dernière session (%n) sur %1 a culminé à %2 Go et %3 CPU</numerusform>
            <numerusform>Vos %n dernières sessions sur %1 ont culminé à %2 Go et %3 CPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 would do, saving %3.</source>
        <translation>%1&#xa0;: %2 suffirait, soit %3 d&apos;économie.</translation>
    </message>
    <message>
        <source>%1: %2 would do.</source>
        <translation>%1&#xa0;: %2 suffirait.</translation>
    </message>
</context>
<context>
    <name>SpawnForm</name>
    <message>
        <source>Server size %1</source>
        <translation>Taille de serveur %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Default server</source>
        <translation>Serveur par défaut</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>Enter the SSH server&apos;s host name.</source>
        <translation>Saisissez le nom d&apos;hôte du serveur SSH.</translation>
    </message>
    <message>
        <source>The SSH port must be a number from 1 to 65535.</source>
        <translation>Le port SSH doit être un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Enter your user name on the SSH server.</source>
        <translation>Saisissez votre nom d&apos;utilisateur sur le serveur SSH.</translation>
    </message>
    <message>
        <source>Choose the private key file to sign in with.</source>
        <translation>Choisissez le fichier de clé privée avec lequel vous connecter.</translation>
    </message>
</context>
<context>
    <name>SshError</name>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Le transfert a été annulé.</translation>
    </message>
    <message>
        <source>The SSH server of %1 could not be found. Check the host name in the hub&apos;s SSH settings, and your network connection.</source>
        <translation>Le serveur SSH de %1 est introuvable. Vérifiez le nom d&apos;hôte dans les réglages SSH du hub, ainsi que votre connexion réseau.</translation>
    </message>
    <message>
        <source>%1 refused the SSH connection. Check the port in the hub&apos;s SSH settings and that the server runs SSH.</source>
        <translation>%1 a refusé la connexion SSH. Vérifiez le port dans les réglages SSH du hub et que le serveur fait tourner SSH.</translation>
    </message>
    <message>
        <source>%1 cannot be reached over SSH. Check your network connection or VPN.</source>
        <translation>%1 est injoignable par SSH. Vérifiez votre connexion réseau ou votre VPN.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the host and port in the hub&apos;s SSH settings, and your network or VPN.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez l&apos;hôte et le port dans les réglages SSH du hub, ainsi que votre réseau ou VPN.</translation>
    </message>
    <message>
        <source>You did not trust the host key of %1, so no connection was made.</source>
        <translation>Vous n&apos;avez pas fait confiance à la clé d&apos;hôte de %1 ; aucune connexion n&apos;a donc été établie.</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 is not the one it had before. Someone may be intercepting the connection, or the server was reinstalled. The connection was refused. Ask the server&apos;s administrators for its new fingerprint; only if it matches, remove the old key for this server from %2 and connect again.</source>
        <translation>AVERTISSEMENT : la clé d&apos;hôte de %1 n&apos;est plus celle qu&apos;il avait. Quelqu&apos;un intercepte peut-être la connexion, ou le serveur a été réinstallé. La connexion a été refusée. Demandez aux administrateurs du serveur sa nouvelle empreinte ; seulement si elle correspond, supprimez l&apos;ancienne clé de ce serveur de %2 et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The host key of %1 could not be checked, so no connection was made.</source>
        <translation>La clé d&apos;hôte de %1 n&apos;a pas pu être vérifiée ; aucune connexion n&apos;a donc été établie.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read. Check the path in the hub&apos;s SSH settings.</source>
        <translation>Le fichier de clé %1 est illisible. Vérifiez le chemin dans les réglages SSH du hub.</translation>
    </message>
    <message>
        <source>%1 is not a private key that can be used. Choose the private key file (not the .pub file) in the hub&apos;s SSH settings.</source>
        <translation>%1 n&apos;est pas une clé privée utilisable. Choisissez le fichier de clé privée (pas le fichier .pub) dans les réglages SSH du hub.</translation>
    </message>
    <message>
        <source>The key file %1 is protected by a passphrase. Enter the passphrase to sign in.</source>
        <translation>Le fichier de clé %1 est protégé par une phrase secrète. Saisissez-la pour vous connecter.</translation>
    </message>
    <message>
        <source>The passphrase for the key file %1 is wrong. Enter it again.</source>
        <translation>La phrase secrète du fichier de clé %1 est incorrecte. Saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>%1 did not accept the key %2. Check the user name, and that the public key is in ~/.ssh/authorized_keys on the server.</source>
        <translation>%1 n&apos;a pas accepté la clé %2. Vérifiez le nom d&apos;utilisateur et que la clé publique figure dans ~/.ssh/authorized_keys sur le serveur.</translation>
    </message>
    <message>
        <source>No SSH agent is running (SSH_AUTH_SOCK is not set or does not answer). Start one and add your key with ssh-add, or choose a key file in the hub&apos;s SSH settings.</source>
        <translation>Aucun agent SSH ne tourne (SSH_AUTH_SOCK n&apos;est pas défini ou ne répond pas). Démarrez-en un et ajoutez votre clé avec ssh-add, ou choisissez un fichier de clé dans les réglages SSH du hub.</translation>
    </message>
    <message>
        <source>%1 accepted none of the SSH agent&apos;s keys. Add the right key with ssh-add, or choose a key file in the hub&apos;s SSH settings.</source>
        <translation>%1 n&apos;a accepté aucune des clés de l&apos;agent SSH. Ajoutez la bonne clé avec ssh-add, ou choisissez un fichier de clé dans les réglages SSH du hub.</translation>
    </message>
    <message>
        <source>A password is needed to sign in to %1. Enter it in the hub&apos;s SSH settings.</source>
        <translation>Un mot de passe est nécessaire pour se connecter à %1. Saisissez-le dans les réglages SSH du hub.</translation>
    </message>
    <message>
        <source>%1 did not accept the password. Check the user name and enter the password again.</source>
        <translation>%1 n&apos;a pas accepté le mot de passe. Vérifiez le nom d&apos;utilisateur et saisissez à nouveau le mot de passe.</translation>
    </message>
    <message>
        <source>%1 does not allow this way of signing in (it offers: %2). Choose another one in the hub&apos;s SSH settings.</source>
        <translation>%1 n&apos;autorise pas ce mode de connexion (il propose : %2). Choisissez-en un autre dans les réglages SSH du hub.</translation>
    </message>
    <message>
        <source>The SSH connection to %1 was lost. Nothing incomplete was kept; try again.</source>
        <translation>La connexion SSH à %1 a été perdue. Rien d&apos;incomplet n&apos;a été conservé ; réessayez.</translation>
    </message>
    <message>
        <source>%1 refused to run a command over SSH. The server may not allow commands for this user.</source>
        <translation>%1 a refusé d&apos;exécuter une commande par SSH. Le serveur n&apos;autorise peut-être pas de commandes pour cet utilisateur.</translation>
    </message>
    <message>
        <source>The command on %1 was stopped before it ended.</source>
        <translation>La commande sur %1 a été arrêtée avant sa fin.</translation>
    </message>
    <message>
        <source>The command on %1 failed (exit status %2).</source>
        <translation>La commande sur %1 a échoué (code de sortie %2).</translation>
    </message>
    <message>
        <source>The command on %1 did not finish in time and was stopped.</source>
        <translation>La commande sur %1 ne s&apos;est pas terminée à temps et a été arrêtée.</translation>
    </message>
    <message>
        <source>The command on %1 printed more than expected and was stopped.</source>
        <translation>La commande sur %1 a produit plus de sortie que prévu et a été arrêtée.</translation>
    </message>
    <message>
        <source>The transfer stopped.</source>
        <translation>Le transfert s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed.</source>
        <translation>La connexion SSH à %1 a échoué.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>WARNING: %1 offered a host key of another type (%2) than the one known for it in %3. Someone may be intercepting the connection, or the server&apos;s keys were changed. The connection was refused. Ask the server&apos;s administrators for its fingerprint; only if it matches, remove the old key for this server from %3 and connect again.</source>
        <translation>AVERTISSEMENT&#xa0;: %1 a présenté une clé d’hôte d’un autre type (%2) que celle connue pour lui dans %3. Quelqu’un intercepte peut-être la connexion, ou les clés du serveur ont été changées. La connexion a été refusée. Demandez aux administrateurs du serveur son empreinte&#xa0;; seulement si elle correspond, supprimez l’ancienne clé de ce serveur de %3 et reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>StopDiagnosis</name>
    <message>
        <source>Your server was stopped because it reached the hub&apos;s time limit: it had run for %1, and servers here are stopped after %2 whether in use or not.</source>
        <translation>Votre serveur a été arrêté parce qu’il a atteint la limite de durée du hub&#xa0;: il était en marche depuis %1, et les serveurs sont arrêtés ici au bout de %2, qu’ils soient utilisés ou non.</translation>
    </message>
    <message>
        <source>Your server was stopped by someone else, or by the cloud: it was not idle (it was being kept alive) and had not reached a time limit. It may have been stopped from a browser or by an administrator, or its machine may have run out of memory or been reclaimed.</source>
        <translation>Votre serveur a été arrêté par quelqu’un d’autre, ou par le cloud&#xa0;: il n’était pas inactif (il était maintenu en marche) et n’avait atteint aucune limite de durée. Il a peut-être été arrêté depuis un navigateur ou par un administrateur, ou bien sa machine a manqué de mémoire ou a été récupérée.</translation>
    </message>
    <message>
        <source>Your server was stopped outside this app: by the hub, from a browser, or by an administrator.</source>
        <translation>Votre serveur a été arrêté en dehors de cette application&#xa0;: par le hub, depuis un navigateur ou par un administrateur.</translation>
    </message>
    <message>
        <source>Your server was stopped for inactivity: nothing had used it for %1, and the hub stops servers after %2 without activity.</source>
        <translation>Votre serveur a été arrêté pour inactivité&#xa0;: rien ne l’avait utilisé depuis %1, et le hub arrête les serveurs après %2 sans activité.</translation>
    </message>
    <message>
        <source>Your server was stopped by someone else, or by the cloud: it had been in use %1 before, sooner than the hub&apos;s idle limit of %2. It may have been stopped from a browser or by an administrator, or its machine may have run out of memory or been reclaimed.</source>
        <translation>Votre serveur a été arrêté par quelqu’un d’autre, ou par le cloud&#xa0;: il était encore utilisé %1 avant son arrêt, soit moins que la limite d’inactivité du hub, de %2. Il a peut-être été arrêté depuis un navigateur ou par un administrateur, ou bien sa machine a manqué de mémoire ou a été récupérée.</translation>
    </message>
    <message>
        <source>Your server was most likely stopped for inactivity: nothing had used it for %1.</source>
        <translation>Votre serveur a très probablement été arrêté pour inactivité&#xa0;: rien ne l’avait utilisé depuis %1.</translation>
    </message>
    <message>
        <source>Your server was stopped outside this app: by the hub, from a browser, or by an administrator. It was last in use %1 before.</source>
        <translation>Votre serveur a été arrêté en dehors de cette application&#xa0;: par le hub, depuis un navigateur ou par un administrateur. Il a été utilisé pour la dernière fois %1 avant son arrêt.</translation>
    </message>
    <message numerus="yes">
        <source>%n kernel(s) were running</source>
        <translation>
            <numerusform>%n noyau était en cours d&apos;exécution</numerusform>
            <numerusform>%n noyaux étaient en cours d&apos;exécution</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n busy)</source>
        <translation>
            <numerusform> (%n occupé)</numerusform>
            <numerusform> (%n occupés)</numerusform>
        </translation>
    </message>
    <message>
        <source>no kernel was running</source>
        <translation>aucun noyau n&apos;était en cours d&apos;exécution</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message numerus="yes">
        <source>%n terminal(s) were open</source>
        <translation>
            <numerusform>%n terminal était ouvert</numerusform>
            <numerusform>%n terminaux étaient ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Your server probably ran out of memory: when last measured it used %1 of its %2 GB (%3 %).</source>
        <translation>Votre serveur a probablement manqué de mémoire&#xa0;: à la dernière mesure, il utilisait %1 de ses %2 Go (%3&#xa0;%).</translation>
    </message>
    <message>
        <source>At that time %1.</source>
        <translation>À ce moment-là, %1.</translation>
    </message>
    <message>
        <source>Choose a larger size next time, or use less memory at once (smaller chunks of data, fewer kernels).</source>
        <translation>Choisissez une taille plus grande la prochaine fois, ou utilisez moins de mémoire à la fois (morceaux de données plus petits, moins de noyaux).</translation>
    </message>
    <message>
        <source>Your server was stopped through the hub, from a browser or by an administrator: the hub was seen stopping it, and it had been in use %1 before, sooner than the hub&apos;s idle limit of %2.</source>
        <translation>Votre serveur a été arrêté via le hub, depuis un navigateur ou par un administrateur&#xa0;: le hub l&apos;a vu s&apos;arrêter, et il avait été utilisé %1 auparavant, avant la limite d&apos;inactivité de %2 du hub.</translation>
    </message>
</context>
<context>
    <name>StopReason</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageWalk</name>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 dans %n fichier</numerusform>
            <numerusform>%1 dans %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %1 in %n file(s)</source>
        <translation>
            <numerusform>au moins %1 dans %n fichier</numerusform>
            <numerusform>au moins %1 dans %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The measurement stopped after %n folder(s), so as not to load the server.</source>
        <translation>
            <numerusform>La mesure s&apos;est arrêtée après %n dossier, pour ne pas surcharger le serveur.</numerusform>
            <numerusform>La mesure s&apos;est arrêtée après %n dossiers, pour ne pas surcharger le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The measurement stopped after its time limit, so as not to load the server.</source>
        <translation>La mesure s&apos;est arrêtée à sa limite de temps, pour ne pas surcharger le serveur.</translation>
    </message>
    <message>
        <source>The measurement was stopped before it ended.</source>
        <translation>La mesure a été interrompue avant sa fin.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) nested too deep were not entered.</source>
        <translation>
            <numerusform>%n dossier trop profondément imbriqué n&apos;a pas été parcouru.</numerusform>
            <numerusform>%n dossiers trop profondément imbriqués n&apos;ont pas été parcourus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) could not be read by the server and are not counted.</source>
        <translation>
            <numerusform>%n dossier n&apos;a pas pu être lu par le serveur et n&apos;est pas compté.</numerusform>
            <numerusform>%n dossiers n&apos;ont pas pu être lus par le serveur et ne sont pas comptés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) leading back to a folder above them were not followed.</source>
        <translation>
            <numerusform>%n lien menant à un dossier parent n&apos;a pas été suivi.</numerusform>
            <numerusform>%n liens menant à un dossier parent n&apos;ont pas été suivis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted, as they are storage of their own: %1.</source>
        <translation>Non comptés, car ce sont des espaces de stockage distincts&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The scratch folder holds %1, counted apart: /scratch is billed by the space allocated to it, which the server does not report.</source>
        <translation>Le dossier scratch contient %1, compté à part&#xa0;: /scratch est facturé selon l&apos;espace qui lui est alloué, que le serveur n&apos;indique pas.</translation>
    </message>
    <message>
        <source>Hidden files and folders (names starting with a dot, such as .conda) and folders the server may not read are not shown by the server, so they are not counted.</source>
        <translation>Les fichiers et dossiers cachés (noms commençant par un point, comme .conda) et les dossiers que le serveur ne peut pas lire ne sont pas affichés par le serveur&#xa0;: ils ne sont donc pas comptés.</translation>
    </message>
</context>
<context>
    <name>TokenScopes</name>
    <message>
        <source>see which account is signed in</source>
        <translation>voir quel compte est connecté</translation>
    </message>
    <message>
        <source>show how long your server may stay idle before the hub stops it</source>
        <translation>afficher combien de temps votre serveur peut rester inactif avant que le hub ne l’arrête</translation>
    </message>
    <message>
        <source>start, stop and watch your server</source>
        <translation>démarrer, arrêter et surveiller votre serveur</translation>
    </message>
    <message>
        <source>give your server a sign-in of its own that cannot reach the hub, and cancel the app&apos;s sign-ins on the hub when you sign out</source>
        <translation>donner à votre serveur sa propre connexion, qui ne peut pas accéder au hub, et révoquer les connexions de l’application sur le hub quand vous vous déconnectez</translation>
    </message>
    <message>
        <source>open your files and terminals on your server (the file browser, uploads and downloads)</source>
        <translation>ouvrir vos fichiers et terminaux sur votre serveur (l’explorateur de fichiers, les envois et les téléchargements)</translation>
    </message>
    <message>
        <source>Can: %1</source>
        <translation>Peut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot: %1</source>
        <translation>Ne peut pas&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TokenSource</name>
    <message>
        <source>Cannot read the token file %1: %2.</source>
        <translation>Impossible de lire le fichier de jeton %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The token file %1 must hold the token alone on one line.</source>
        <translation>Le fichier de jeton %1 doit contenir le jeton seul, sur une ligne.</translation>
    </message>
    <message>
        <source>Warning: %1 can be read by other users; protect it with “chmod 600 %1”.</source>
        <translation>Attention&#xa0;: %1 est lisible par d’autres utilisateurs&#xa0;; protégez-le avec «&#xa0;chmod 600 %1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TransferConflict</name>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Skip identical</source>
        <translation>Ignorer si identique</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace: the folder on your server, with %1 that exist only there, is renamed “%2 (replaced &lt;date&gt;)” and kept; nothing is deleted.</source>
        <translation>Remplacer&#xa0;: le dossier sur votre serveur (uniquement là-bas&#xa0;: %1) est renommé «&#xa0;%2 (replaced &lt;date&gt;)&#xa0;» et conservé&#xa0;; rien n’est supprimé.</translation>
    </message>
    <message>
        <source>Replace: the folder on this computer, with %1 that exist only here, moves to the trash; nothing is deleted.</source>
        <translation>Remplacer&#xa0;: le dossier sur cet ordinateur (uniquement ici&#xa0;: %1) est mis à la corbeille&#xa0;; rien n’est supprimé.</translation>
    </message>
    <message>
        <source>Replace: the file on your server is renamed “%1 (replaced &lt;date&gt;)” and kept; nothing is deleted.</source>
        <translation>Remplacer&#xa0;: le fichier sur votre serveur est renommé «&#xa0;%1 (replaced &lt;date&gt;)&#xa0;» et conservé&#xa0;; rien n’est supprimé.</translation>
    </message>
    <message>
        <source>Replace: the file on this computer moves to the trash; nothing is deleted.</source>
        <translation>Remplacer&#xa0;: le fichier sur cet ordinateur est mis à la corbeille&#xa0;; rien n’est supprimé.</translation>
    </message>
    <message>
        <source>Replace (keep the old one aside)</source>
        <translation>Remplacer (mettre l’ancien de côté)</translation>
    </message>
</context>
<context>
    <name>TransferHolds</name>
    <message>
        <source>upload</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>download</source>
        <translation>téléchargement</translation>
    </message>
</context>
<context>
    <name>TransferMethod</name>
    <message>
        <source>--method direct is for downloads in this version; the upload goes as one archive.</source>
        <translation>--method direct ne sert qu&apos;aux téléchargements dans cette version&#xa0;; l&apos;envoi se fait en une seule archive.</translation>
    </message>
    <message>
        <source>Uploads go as one archive, unpacked on the server while it arrives.</source>
        <translation>Les envois se font en une seule archive, décompressée sur le serveur au fur et à mesure de son arrivée.</translation>
    </message>
    <message>
        <source>--method archive asked for the archive.</source>
        <translation>--method archive a demandé l&apos;archive.</translation>
    </message>
    <message>
        <source>--method direct cannot be honoured over SSH, which streams one archive; the archive is used.</source>
        <translation>--method direct ne peut pas être respecté via SSH, qui transmet une seule archive&#xa0;; l&apos;archive est utilisée.</translation>
    </message>
    <message>
        <source>Over SSH the archive streams straight out of the server&apos;s tar.</source>
        <translation>Via SSH, l&apos;archive est transmise directement depuis le tar du serveur.</translation>
    </message>
    <message>
        <source>--method direct takes files only; folders and links go in the archive.</source>
        <translation>--method direct ne prend que des fichiers&#xa0;; les dossiers et les liens passent par l&apos;archive.</translation>
    </message>
    <message>
        <source>--method direct asked for the direct way.</source>
        <translation>--method direct a demandé le mode direct.</translation>
    </message>
    <message>
        <source>Folders and links go as one archive, which keeps them whole.</source>
        <translation>Les dossiers et les liens passent en une seule archive, qui les conserve intacts.</translation>
    </message>
    <message numerus="yes">
        <source>%n files: one archive saves a request per file.</source>
        <translation>
            <numerusform>%n fichier&#xa0;: une archive évite une requête par fichier.</numerusform>
            <numerusform>%n fichiers&#xa0;: une archive évite une requête par fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data compresses and the link is slow (%1 ms round trip): the archive sends fewer bytes.</source>
        <translation>Les données se compressent bien et la liaison est lente (%1&#xa0;ms aller-retour)&#xa0;: l&apos;archive envoie moins d&apos;octets.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), no folders: fetched as they are, without packing on the server first.</source>
        <translation>
            <numerusform>%n fichier, aucun dossier&#xa0;: récupéré tel quel, sans empaquetage préalable sur le serveur.</numerusform>
            <numerusform>%n fichiers, aucun dossier&#xa0;: récupérés tels quels, sans empaquetage préalable sur le serveur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustPrompt</name>
    <message>
        <source>Unencrypted connection</source>
        <translation>Connexion non chiffrée</translation>
    </message>
    <message>
        <source>%1 is reached over plain http://, without encryption.</source>
        <translation>%1 est accessible en simple http://, sans chiffrement.</translation>
    </message>
    <message>
        <source>Your password, your session and the app&apos;s sign-in would cross the network readable by anyone on the way (a shared Wi-Fi, a proxy), who could then act as you on this hub. Use its https:// address if it has one. Continue only on a network you trust.</source>
        <translation>Votre mot de passe, votre session et la connexion de l’application traverseraient le réseau lisibles par quiconque se trouve sur le trajet (un Wi-Fi partagé, un proxy), qui pourrait alors agir en votre nom sur ce hub. Utilisez son adresse https:// s’il en a une. Ne continuez que sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>&amp;Use it without encryption</source>
        <translation>&amp;Utiliser sans chiffrement</translation>
    </message>
    <message>
        <source>The hub is somewhere else</source>
        <translation>Le hub se trouve ailleurs</translation>
    </message>
    <message>
        <source>%1 sent the app on to %2.</source>
        <translation>%1 a redirigé l’application vers %2.</translation>
    </message>
    <message>
        <source>Signing in there sends your password and the app&apos;s sign-in to %1. Continue only if you know that %1 is your hub; if you did not expect this, someone may be redirecting you.</source>
        <translation>En vous connectant là-bas, vous envoyez votre mot de passe et la connexion de l’application à %1. Ne continuez que si vous savez que %1 est votre hub&#xa0;; si vous ne vous y attendiez pas, quelqu’un vous redirige peut-être.</translation>
    </message>
    <message>
        <source>&amp;Continue to %1</source>
        <translation>&amp;Continuer vers %1</translation>
    </message>
    <message>
        <source>The hub would not give the app a sign-in limited to your server, so files, transfers and terminals cannot work.</source>
        <translation>Le hub a refusé de donner à l’application une connexion limitée à votre serveur, donc les fichiers, les transferts et les terminaux ne peuvent pas fonctionner.</translation>
    </message>
    <message>
        <source>The hub would not give the app a sign-in limited to what it needs.</source>
        <translation>Le hub a refusé de donner à l’application une connexion limitée à ce dont elle a besoin.</translation>
    </message>
    <message>
        <source>The app can ask instead for a sign-in with every permission your account has (for an administrator: everything on the hub), valid as long as the usual one.</source>
        <translation>L’application peut demander à la place une connexion avec toutes les autorisations de votre compte (pour un administrateur&#xa0;: tout le hub), valable aussi longtemps que la connexion habituelle.</translation>
    </message>
    <message>
        <source>It would be sent to your server, where any software running there could read it and act as you on the hub.</source>
        <translation>Elle serait envoyée à votre serveur, où tout logiciel qui s’y exécute pourrait la lire et agir en votre nom sur le hub.</translation>
    </message>
    <message>
        <source>A sign-in with every permission?</source>
        <translation>Une connexion avec toutes les autorisations&#xa0;?</translation>
    </message>
    <message>
        <source>The hub said: %1</source>
        <translation>Le hub a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Allow every permission</source>
        <translation>Accorder &amp;toutes les autorisations</translation>
    </message>
    <message>
        <source>Signed in with limits</source>
        <translation>Connecté avec des restrictions</translation>
    </message>
    <message>
        <source>The hub gave the app less than it asked for. Signed in; this is what the app can and cannot do with it:</source>
        <translation>Le hub a donné à l’application moins que ce qu’elle demandait. Vous êtes connecté&#xa0;; voici ce que l’application peut et ne peut pas faire avec cette connexion&#xa0;:</translation>
    </message>
</context>
<context>
    <name>UsageLedger</name>
    <message>
        <source>The usage record %1 could not be written: %2</source>
        <translation>Le relevé d’utilisation %1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>The usage record %1 could not be read: %2</source>
        <translation>Le relevé d’utilisation %1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>The usage record %1 could not be read and was set aside as %2. Usage estimates start afresh from now.</source>
        <translation>Le relevé d’utilisation %1 était illisible et a été mis de côté sous %2. Les estimations repartent de zéro à partir de maintenant.</translation>
    </message>
    <message>
        <source>The usage record %1 could not be read, nor set aside. Usage estimates leave it out; move the file away to start afresh.</source>
        <translation>Le relevé d’utilisation %1 était illisible et n’a pas pu être mis de côté. Les estimations l’ignorent ; déplacez le fichier pour repartir de zéro.</translation>
    </message>
    <message>
        <source>The last usage record was cut short (the app stopped while writing it) and was left out.</source>
        <translation>La dernière entrée d’utilisation était tronquée (l’application s’est arrêtée pendant son écriture) et a été ignorée.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged usage record(s) were left out.</source>
        <translation>
            <numerusform>%n entrée d’utilisation endommagée a été ignorée.</numerusform>
            <numerusform>%n entrées d’utilisation endommagées ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usage record(s) written by a newer version of this app are kept but not counted here.</source>
        <translation>
            <numerusform>%n enregistrement d’utilisation écrit par une version plus récente de cette application est conservé, mais n’est pas compté ici.</numerusform>
            <numerusform>%n enregistrements d’utilisation écrits par une version plus récente de cette application sont conservés, mais ne sont pas comptés ici.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ActivityHolder</name>
    <message>
        <source>%1, %2 %</source>
        <translation>%1, %2&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ArchiveExtractor</name>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>ce n’est pas un dossier</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>received %1, expected %2</source>
        <translation>%1 reçu, %2 attendu</translation>
    </message>
    <message numerus="yes">
        <source>more entries than the %n announced</source>
        <translation>
            <numerusform>plus d’entrées qu’annoncé (%n)</numerusform>
            <numerusform>plus d’entrées qu’annoncé (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>more than the %1 bytes announced</source>
        <translation>plus que les %1 octets annoncés</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>tube nommé</translation>
    </message>
</context>
<context>
    <name>fornax::ArchiveWriter</name>
    <message>
        <source>a whole disk cannot be sent as one item</source>
        <translation>un disque entier ne peut pas être envoyé comme un seul élément</translation>
    </message>
    <message>
        <source>unknown error in the archive library</source>
        <translation>erreur inconnue dans la bibliothèque d’archives</translation>
    </message>
</context>
<context>
    <name>fornax::Autostart</name>
    <message>
        <source>Starting at login is not supported on this system yet.</source>
        <translation>Le démarrage à l’ouverture de session n’est pas encore pris en charge sur ce système.</translation>
    </message>
    <message>
        <source>Cannot set up starting at login: no configuration folder is known. Set HOME or XDG_CONFIG_HOME and try again.</source>
        <translation>Impossible de configurer le démarrage à l’ouverture de session&#xa0;: aucun dossier de configuration n’est connu. Définissez HOME ou XDG_CONFIG_HOME, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot turn on starting at login: the folder %1 cannot be created. Check that it is not a file and that you may write to it.</source>
        <translation>Impossible d’activer le démarrage à l’ouverture de session&#xa0;: le dossier %1 ne peut pas être créé. Vérifiez que ce n’est pas un fichier et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Cannot turn on starting at login: writing %1 failed (%2). Check that you may write to that folder.</source>
        <translation>Impossible d’activer le démarrage à l’ouverture de session&#xa0;: l’écriture de %1 a échoué (%2). Vérifiez que vous pouvez écrire dans ce dossier.</translation>
    </message>
    <message>
        <source>Cannot turn off starting at login: removing %1 failed (%2). Remove that file by hand to stop Fornax Desktop from starting at login.</source>
        <translation>Impossible de désactiver le démarrage à l’ouverture de session&#xa0;: la suppression de %1 a échoué (%2). Supprimez ce fichier à la main pour que Fornax Desktop ne démarre plus à l’ouverture de session.</translation>
    </message>
</context>
<context>
    <name>fornax::ContentsTransport</name>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Le transfert a été annulé.</translation>
    </message>
    <message>
        <source>The upload stopped because the archive could not be made: %1</source>
        <translation>L’envoi s’est arrêté car l’archive n’a pas pu être créée : %1</translation>
    </message>
    <message>
        <source>The server holds %1 bytes of %2 where %3 were sent. Another program may be writing the same file; try the transfer again.</source>
        <translation>Le serveur détient %1 octets de %2 alors que %3 ont été envoyés. Un autre programme écrit peut-être dans le même fichier ; relancez le transfert.</translation>
    </message>
    <message>
        <source>Uploading %1 failed: %2</source>
        <translation>L’envoi de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The connection broke while %1 was being written, and the file on the server is incomplete (%2 bytes where %3 or %4 were expected). Start the upload again.</source>
        <translation>La connexion a été coupée pendant l’écriture de %1 et le fichier sur le serveur est incomplet (%2 octets au lieu de %3 ou %4). Relancez l’envoi.</translation>
    </message>
    <message>
        <source>The server resumed the download of %1 at the wrong place.</source>
        <translation>Le serveur a repris le téléchargement de %1 au mauvais endroit.</translation>
    </message>
    <message>
        <source>%1 on the server has %2 bytes, not the %3 expected. It may have changed; start the download again.</source>
        <translation>%1 sur le serveur fait %2 octets, et non les %3 attendus. Il a peut-être changé ; relancez le téléchargement.</translation>
    </message>
    <message>
        <source>The download stopped because the archive could not be unpacked: %1</source>
        <translation>Le téléchargement s’est arrêté car l’archive n’a pas pu être décompressée : %1</translation>
    </message>
    <message>
        <source>The download stopped because its receiver was closed.</source>
        <translation>Le téléchargement s’est arrêté car son destinataire a été fermé.</translation>
    </message>
    <message>
        <source>The connection ended early.</source>
        <translation>La connexion s’est terminée trop tôt.</translation>
    </message>
    <message>
        <source>The server sent more of %1 than expected (%2 bytes, not %3). Start the download again.</source>
        <translation>Le serveur a envoyé plus de %1 que prévu (%2 octets au lieu de %3). Relancez le téléchargement.</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>Le téléchargement de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The server refuses uploads even in pieces of %1 (HTTP 413, request too large). A proxy in front of it limits request sizes; ask the administrators to raise that limit.</source>
        <translation>Le serveur refuse les envois même par morceaux de %1 (HTTP 413, requête trop volumineuse). Un proxy placé devant lui limite la taille des requêtes&#xa0;; demandez aux administrateurs de relever cette limite.</translation>
    </message>
    <message>
        <source>The server sent more of %1 than it announced (%2 bytes, not %3), so the download was stopped and nothing was kept. If the file is still being written on the server, download it once that is finished.</source>
        <translation>Le serveur a envoyé plus de %1 qu’annoncé (%2 octets au lieu de %3) : le téléchargement a donc été arrêté et rien n’a été conservé. Si le fichier est encore en cours d’écriture sur le serveur, téléchargez-le une fois l’écriture terminée.</translation>
    </message>
</context>
<context>
    <name>fornax::CredentialStore</name>
    <message>
        <source>Nothing was stored: the account or its token is missing.</source>
        <translation>Rien n’a été enregistré&#xa0;: le compte ou son jeton manque.</translation>
    </message>
    <message>
        <source>No token can be read for an account without a hub or user.</source>
        <translation>Aucun jeton ne peut être lu pour un compte sans hub ni utilisateur.</translation>
    </message>
    <message>
        <source>No token can be deleted for an account without a hub or user.</source>
        <translation>Aucun jeton ne peut être supprimé pour un compte sans hub ni utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). If it asks for a password, unlock it and try again.</source>
        <translation>
            <numerusform>Le trousseau n’a pas répondu en %n seconde. S’il demande un mot de passe, déverrouillez-le et réessayez.</numerusform>
            <numerusform>Le trousseau n’a pas répondu en %n secondes. S’il demande un mot de passe, déverrouillez-le et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keyring refused access. Unlock it (or allow Fornax Desktop to use it) and try again.</source>
        <translation>Le trousseau a refusé l’accès. Déverrouillez-le (ou autorisez Fornax Desktop à l’utiliser) et réessayez.</translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your system keyring is not available, so Fornax Desktop cannot save your sign-in. You stay signed in until you quit the app; after that you will have to sign in again. To stay signed in, install or unlock a keyring (such as GNOME Keyring or KWallet) and restart the app.</source>
        <translation>Le trousseau du système n’est pas disponible, donc Fornax Desktop ne peut pas enregistrer votre connexion. Vous restez connecté jusqu’à ce que vous quittiez l’application&#xa0;; ensuite, il faudra vous reconnecter. Pour rester connecté, installez ou déverrouillez un trousseau (comme GNOME Keyring ou KWallet) et redémarrez l’application.</translation>
    </message>
    <message>
        <source>(The keyring said: %1)</source>
        <translation>(Le trousseau a répondu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Nothing was stored: the name or the secret is missing.</source>
        <translation>Rien n&apos;a été enregistré : le nom ou le secret manque.</translation>
    </message>
</context>
<context>
    <name>fornax::DownloadJob</name>
    <message>
        <source>“%1” cannot be downloaded on its own: choose the files or folders inside it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être téléchargé tel quel&#xa0;: choisissez les fichiers ou dossiers qu’il contient.</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>votre dossier personnel</translation>
    </message>
    <message>
        <source>Could not prepare your server for the download.</source>
        <translation>Impossible de préparer votre serveur pour le téléchargement.</translation>
    </message>
    <message>
        <source>Your server did not answer the transfer&apos;s questions (free space, tar). Check that a terminal can be opened in JupyterLab.</source>
        <translation>Votre serveur n’a pas répondu aux vérifications du transfert (espace libre, tar). Vérifiez qu’un terminal peut être ouvert dans JupyterLab.</translation>
    </message>
    <message>
        <source>Could not measure the items on your server.</source>
        <translation>Impossible de mesurer la taille des éléments sur votre serveur.</translation>
    </message>
    <message>
        <source>“%1” does not exist on your server. Check the name (paths start in your home folder).</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas sur votre serveur. Vérifiez le nom (les chemins partent de votre dossier personnel).</translation>
    </message>
    <message>
        <source>“%1” on your server is not a file or folder and cannot be downloaded.</source>
        <translation>«&#xa0;%1&#xa0;» sur votre serveur n’est ni un fichier ni un dossier et ne peut pas être téléchargé.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”. Check that you may write there.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;». Vérifiez que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>This download needs %1 in “%2”, but only %3 is free there. Free some space (or download less) and try again.</source>
        <translation>Ce téléchargement nécessite %1 dans «&#xa0;%2&#xa0;», mais il n’y reste que %3 de libre. Libérez de la place (ou téléchargez moins) et réessayez.</translation>
    </message>
    <message>
        <source>Packing the items on your server failed.</source>
        <translation>L’archivage des éléments sur votre serveur a échoué.</translation>
    </message>
    <message>
        <source>Computing checksums on your server failed.</source>
        <translation>Le calcul des sommes de contrôle sur votre serveur a échoué.</translation>
    </message>
    <message>
        <source>The download was stopped.</source>
        <translation>Le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>Your server packed the items but did not say how big the archive is, so nothing was downloaded (the size is checked against your budget first). The server&apos;s tools may be broken; if this happens again, tell your hub&apos;s administrators.</source>
        <translation>Votre serveur a empaqueté les éléments sans indiquer la taille de l’archive : rien n’a donc été téléchargé (la taille est d’abord comparée à votre budget). Les outils du serveur sont peut-être défaillants ; si cela se reproduit, prévenez les administrateurs de votre hub.</translation>
    </message>
    <message>
        <source>You may not write in “%1” on this computer, so nothing was downloaded. Choose another folder, or change its permissions.</source>
        <translation>Vous ne pouvez pas écrire dans «&#xa0;%1&#xa0;» sur cet ordinateur, donc rien n’a été téléchargé. Choisissez un autre dossier ou modifiez ses autorisations.</translation>
    </message>
    <message>
        <source>“%1” on this computer is a file, not a folder, so nothing was downloaded. Choose a folder.</source>
        <translation>«&#xa0;%1&#xa0;» sur cet ordinateur est un fichier, pas un dossier, donc rien n’a été téléchargé. Choisissez un dossier.</translation>
    </message>
    <message>
        <source>%1 (a %2, not a file)</source>
        <translation>%1 (%2, pas un fichier)</translation>
    </message>
</context>
<context>
    <name>fornax::HubDirectory</name>
    <message>
        <source>This is the hub of %1, which is already in your list. If its address there is wrong, correct it in the settings instead of adding it again.</source>
        <translation>C’est le hub de %1, qui figure déjà dans votre liste. Si son adresse y est erronée, corrigez-la dans les paramètres au lieu de l’ajouter de nouveau.</translation>
    </message>
    <message>
        <source>The hub at %1 is already in your list as “%2”. Choose it there instead of adding it again.</source>
        <translation>Le hub à l’adresse %1 figure déjà dans votre liste sous le nom «&#xa0;%2&#xa0;». Choisissez-le là au lieu de l’ajouter de nouveau.</translation>
    </message>
</context>
<context>
    <name>fornax::HubProbe</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web.</translation>
    </message>
</context>
<context>
    <name>fornax::HubSession</name>
    <message>
        <source>Your sign-in to this hub expired on %1. Sign in again.</source>
        <translation>Votre connexion à ce hub a expiré le %1. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>No saved sign-in was found in the keychain. Sign in again.</source>
        <translation>Aucune connexion enregistrée n’a été trouvée dans le trousseau. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>That does not look like an API token: paste the token alone, as the hub&apos;s token page shows it.</source>
        <translation>Cela ne ressemble pas à un jeton d’API&#xa0;: collez le jeton seul, tel que la page des jetons du hub l’affiche.</translation>
    </message>
    <message>
        <source>The hub no longer accepts your saved sign-in (it expired or was revoked). Sign in again.</source>
        <translation>Le hub n’accepte plus votre connexion enregistrée (elle a expiré ou a été révoquée). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The hub stopped accepting your sign-in (it expired or was revoked). Sign in again.</source>
        <translation>Le hub a cessé d’accepter votre connexion (elle a expiré ou a été révoquée). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You are signed out here, but the hub could not be reached to cancel the app&apos;s sign-in there: it stays valid until %1 unless the app reaches the hub first. The app tries again each time it starts.</source>
        <translation>Vous êtes déconnecté ici, mais le hub n’a pas pu être joint pour y révoquer la connexion de l’application&#xa0;: elle reste valable jusqu’au %1, à moins que l’application ne joigne le hub avant. L’application réessaie à chaque démarrage.</translation>
    </message>
    <message>
        <source>You are signed out here, but the hub could not be reached to cancel the app&apos;s sign-in there. The app tries again each time it starts.</source>
        <translation>Vous êtes déconnecté ici, mais le hub n’a pas pu être joint pour y révoquer la connexion de l’application. L’application réessaie à chaque démarrage.</translation>
    </message>
    <message>
        <source>You are signed out here, but the hub did not let the app cancel its sign-in there (%1): it stays valid until %2. You can delete it on %3.</source>
        <translation>Vous êtes déconnecté ici, mais le hub n’a pas laissé l’application y révoquer sa connexion (%1)&#xa0;: elle reste valable jusqu’au %2. Vous pouvez la supprimer sur %3.</translation>
    </message>
    <message>
        <source>You are signed out here, but the hub did not let the app cancel its sign-in there (%1). You can delete it on %2.</source>
        <translation>Vous êtes déconnecté ici, mais le hub n’a pas laissé l’application y révoquer sa connexion (%1). Vous pouvez la supprimer sur %2.</translation>
    </message>
</context>
<context>
    <name>fornax::JobClient</name>
    <message>
        <source>There is no such job on the server (see “fornax-desktop jobs”).</source>
        <translation>Cette tâche n&apos;existe pas sur le serveur (voir «&#xa0;fornax-desktop jobs&#xa0;»).</translation>
    </message>
    <message>
        <source>The server has no “setsid” command, so a job could not run there detached from the terminal. Nothing was started.</source>
        <translation>Le serveur n&apos;a pas de commande «&#xa0;setsid&#xa0;»&#xa0;: aucune tâche ne peut y tourner détachée du terminal. Rien n&apos;a été lancé.</translation>
    </message>
    <message>
        <source>No Python on the server can run notebooks (nbconvert is missing). Install it there (“pip install --user nbconvert”) or run a script instead. Nothing was started.</source>
        <translation>Aucun Python du serveur ne peut exécuter de notebooks (nbconvert manque). Installez-le sur le serveur («&#xa0;pip install --user nbconvert&#xa0;») ou exécutez plutôt un script. Rien n&apos;a été lancé.</translation>
    </message>
    <message>
        <source>--param needs papermill on the server, which it does not have. Install it there (“pip install --user papermill”) or run without --param. Nothing was started.</source>
        <translation>--param nécessite papermill sur le serveur, qui ne l&apos;a pas. Installez-le sur le serveur («&#xa0;pip install --user papermill&#xa0;») ou lancez sans --param. Rien n&apos;a été lancé.</translation>
    </message>
    <message>
        <source>The file to run did not arrive on the server. Nothing was started.</source>
        <translation>Le fichier à exécuter n&apos;est pas arrivé sur le serveur. Rien n&apos;a été lancé.</translation>
    </message>
    <message>
        <source>A job with this id exists already on the server. Nothing was started.</source>
        <translation>Une tâche avec cet identifiant existe déjà sur le serveur. Rien n&apos;a été lancé.</translation>
    </message>
    <message>
        <source>The command on the server failed (exit code %1).</source>
        <translation>La commande sur le serveur a échoué (code de sortie %1).</translation>
    </message>
    <message>
        <source>The command on the server failed: %1</source>
        <translation>La commande sur le serveur a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fornax::JobList</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>ended and stopped the server</source>
        <translation>terminée, a arrêté le serveur</translation>
    </message>
</context>
<context>
    <name>fornax::JobReader</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Personne n&apos;est connecté.</translation>
    </message>
    <message>
        <source>The jobs on your server could not be read (%1).</source>
        <translation>Les tâches de votre serveur n&apos;ont pas pu être lues (%1).</translation>
    </message>
    <message>
        <source>The status of job %1 could not be read (%2).</source>
        <translation>L&apos;état de la tâche %1 n&apos;a pas pu être lu (%2).</translation>
    </message>
</context>
<context>
    <name>fornax::KeepAlive</name>
    <message>
        <source>The server did not answer the keep-alive request as a Jupyter server would (HTTP %1).</source>
        <translation>Le serveur n’a pas répondu à la requête de maintien d’activité comme le ferait un serveur Jupyter (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>fornax::KernelCatalog</name>
    <message>
        <source>The server did not list its kernels (%1).</source>
        <translation>Le serveur n&apos;a pas listé ses noyaux (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s list of kernels could not be read.</source>
        <translation>La liste des noyaux du serveur n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>fornax::LoopbackBackend</name>
    <message>
        <source>The stand-in server is switched off.</source>
        <translation>Le serveur de substitution est éteint.</translation>
    </message>
</context>
<context>
    <name>fornax::LoopbackCommands</name>
    <message>
        <source>The step took too long and was stopped.</source>
        <translation>L’étape a pris trop de temps et a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>fornax::LoopbackStream</name>
    <message>
        <source>The command on the server failed (exit status %1): %2</source>
        <translation>La commande sur le serveur a échoué (code de sortie %1) : %2</translation>
    </message>
</context>
<context>
    <name>fornax::NotificationCenter</name>
    <message>
        <source>Your server is ready</source>
        <translation>Votre serveur est prêt</translation>
    </message>
    <message>
        <source>JupyterLab is open in Fornax Desktop.</source>
        <translation>JupyterLab est ouvert dans Fornax Desktop.</translation>
    </message>
    <message>
        <source>Your server was stopped</source>
        <translation>Votre serveur a été arrêté</translation>
    </message>
    <message>
        <source>Your server will stop soon</source>
        <translation>Votre serveur va bientôt s&apos;arrêter</translation>
    </message>
    <message numerus="yes">
        <source>It has been idle; the hub stops it in about %n minute(s). Use it, or choose “Keep alive 1 h”.</source>
        <translation>
            <numerusform>Il est inactif&#xa0;; le hub l&apos;arrête dans environ %n minute. Utilisez-le, ou choisissez «&#xa0;Garder actif 1 h&#xa0;».</numerusform>
            <numerusform>Il est inactif&#xa0;; le hub l&apos;arrête dans environ %n minutes. Utilisez-le, ou choisissez «&#xa0;Garder actif 1 h&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep alive 1 h</source>
        <translation>Garder actif 1 h</translation>
    </message>
    <message numerus="yes">
        <source>It has been idle; the hub stops it in about %n minute(s). Use it, or choose “Keep it running for an hour” in Fornax Desktop.</source>
        <translation>
            <numerusform>Il est inactif&#xa0;; le hub l&apos;arrête dans environ %n minute. Utilisez-le, ou choisissez «&#xa0;Le garder en marche une heure&#xa0;» dans Fornax Desktop.</numerusform>
            <numerusform>Il est inactif&#xa0;; le hub l&apos;arrête dans environ %n minutes. Utilisez-le, ou choisissez «&#xa0;Le garder en marche une heure&#xa0;» dans Fornax Desktop.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job “%1” finished</source>
        <translation>Tâche «&#xa0;%1&#xa0;» terminée</translation>
    </message>
    <message>
        <source>Job “%1” failed</source>
        <translation>Tâche «&#xa0;%1&#xa0;» échouée</translation>
    </message>
    <message>
        <source>Your server stops within the hour</source>
        <translation>Votre serveur s&apos;arrête dans l&apos;heure</translation>
    </message>
    <message>
        <source>The hub stops every server %1 after it started; yours stops at %2, in about %3. Save your work; you can start a new server afterwards.</source>
        <translation>Le hub arrête chaque serveur %1 après son démarrage&#xa0;; le vôtre s&apos;arrête à %2, dans environ %3. Enregistrez votre travail&#xa0;; vous pourrez ensuite démarrer un nouveau serveur.</translation>
    </message>
    <message>
        <source>Job “%1” ended</source>
        <translation>Tâche «&#xa0;%1&#xa0;» terminée</translation>
    </message>
</context>
<context>
    <name>fornax::ProgressStream</name>
    <message>
        <source>The hub reported that the server failed to start, without saying why. A smaller server may start where this one could not.</source>
        <translation>Le hub a signalé que le serveur n’a pas pu démarrer, sans dire pourquoi. Un serveur plus petit pourra peut-être démarrer là où celui-ci n’a pas pu.</translation>
    </message>
</context>
<context>
    <name>fornax::RemoteDirectory</name>
    <message>
        <source>your home folder</source>
        <translation>votre dossier personnel</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Type a name for the new folder.</source>
        <translation>Saisissez un nom pour le nouveau dossier.</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”. Create the folders one at a time.</source>
        <translation>Un nom de dossier ne peut pas contenir «&#xa0;/&#xa0;». Créez les dossiers un par un.</translation>
    </message>
    <message>
        <source>“%1” is not a folder name. Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de dossier valide. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Names that start with a dot are hidden on your server, so the folder would not show. Choose a name without the leading dot.</source>
        <translation>Les noms qui commencent par un point sont masqués sur votre serveur&#xa0;: le dossier n’apparaîtrait pas. Choisissez un nom sans point au début.</translation>
    </message>
    <message>
        <source>A folder name cannot contain control characters such as line breaks.</source>
        <translation>Un nom de dossier ne peut pas contenir de caractères de contrôle comme des sauts de ligne.</translation>
    </message>
    <message>
        <source>A folder name should not start or end with spaces.</source>
        <translation>Un nom de dossier ne doit ni commencer ni se terminer par des espaces.</translation>
    </message>
    <message>
        <source>Your server is not running. Start it to see and change your files.</source>
        <translation>Votre serveur n’est pas en marche. Démarrez-le pour voir et modifier vos fichiers.</translation>
    </message>
    <message>
        <source>Your server refused access to %1. You may not have permission for it; if every folder is refused, sign out and sign in again.</source>
        <translation>Votre serveur a refusé l’accès à %1. Vous n’en avez peut-être pas l’autorisation&#xa0;; si l’accès à tous les dossiers est refusé, déconnectez-vous puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on your server; it may have been moved or deleted. Go up, or back to your home folder.</source>
        <translation>Dossier introuvable sur votre serveur&#xa0;: %1. Il a peut-être été déplacé ou supprimé. Remontez d’un niveau ou revenez à votre dossier personnel.</translation>
    </message>
    <message>
        <source>The folder %1 no longer exists on your server, so nothing can be created in it. Refresh to see your files as they are now.</source>
        <translation>Ce dossier n’existe plus sur votre serveur&#xa0;: %1. Rien ne peut donc y être créé. Actualisez pour voir vos fichiers tels qu’ils sont maintenant.</translation>
    </message>
    <message>
        <source>%1 no longer exists on your server; it may have been deleted already. Refresh to see your files as they are now.</source>
        <translation>Introuvable sur votre serveur&#xa0;: %1. L’élément a peut-être déjà été supprimé. Actualisez pour voir vos fichiers tels qu’ils sont maintenant.</translation>
    </message>
    <message>
        <source>Something named %1 already exists in %2. Choose another name.</source>
        <translation>Un élément nommé %1 existe déjà dans %2. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Your server could not be reached. %1</source>
        <translation>Votre serveur est injoignable. %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La demande a été annulée.</translation>
    </message>
    <message>
        <source>Your server could not list %1.</source>
        <translation>Votre serveur n’a pas pu lister le contenu de %1.</translation>
    </message>
    <message>
        <source>Your server could not create the folder %1.</source>
        <translation>Votre serveur n’a pas pu créer le dossier %1.</translation>
    </message>
    <message>
        <source>Your server could not delete %1.</source>
        <translation>Votre serveur n’a pas pu supprimer %1.</translation>
    </message>
    <message>
        <source>%1 It said: %2</source>
        <translation>%1 Réponse du serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 It answered with HTTP status %2; try again, and tell your hub&apos;s administrators if it keeps happening.</source>
        <translation>%1 Le serveur a répondu avec le statut HTTP %2&#xa0;; réessayez, et prévenez les administrateurs de votre hub si cela se reproduit.</translation>
    </message>
    <message>
        <source>Your server sent a reply this app cannot understand when listing %1. If this keeps happening, sign out and sign in again.</source>
        <translation>En listant le contenu de %1, votre serveur a envoyé une réponse que cette application ne comprend pas. Si cela se reproduit, déconnectez-vous puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your home folder itself cannot be deleted. Choose the items inside it.</source>
        <translation>Votre dossier personnel lui-même ne peut pas être supprimé. Choisissez les éléments qu’il contient.</translation>
    </message>
    <message>
        <source>Your server keeps folders that are not empty, and %1 could not be deleted another way: %2</source>
        <translation>Votre serveur ne supprime pas les dossiers non vides, et %1 n’a pas pu être supprimé autrement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed on your server while it was being deleted. Refresh and try again.</source>
        <translation>%1 a changé sur votre serveur pendant sa suppression. Actualisez et réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be deleted completely; some items inside it are protected. The server said: %2</source>
        <translation>%1 n’a pas pu être entièrement supprimé&#xa0;; certains éléments qu’il contient sont protégés. Réponse du serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>The hub does not accept this sign-in: it expired, was revoked, or (for a token you gave) was never valid. Sign in again with the app, or make a new token on the hub&apos;s token page.</source>
        <translation>Le hub n’accepte pas cette connexion&#xa0;: elle a expiré, a été révoquée ou (pour un jeton que vous avez fourni) n’a jamais été valide. Reconnectez-vous avec l’application ou créez un nouveau jeton sur la page des jetons du hub.</translation>
    </message>
</context>
<context>
    <name>fornax::RemoteShell</name>
    <message>
        <source>Could not open a terminal on your server: it did not answer within %1 s. Check that the server is running.</source>
        <translation>Impossible d’ouvrir un terminal sur votre serveur : il n’a pas répondu en %1 s. Vérifiez que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>The connection to the terminal on your server was lost.</source>
        <translation>La connexion au terminal de votre serveur a été perdue.</translation>
    </message>
    <message>
        <source>The connection to the terminal on your server failed: %1</source>
        <translation>La connexion au terminal de votre serveur a échoué : %1</translation>
    </message>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation>réponse inattendue (HTTP %1)</translation>
    </message>
    <message>
        <source>Could not open a terminal on your server (%1). Check that the server is running and that it offers terminals.</source>
        <translation>Impossible d’ouvrir un terminal sur votre serveur (%1). Vérifiez que le serveur fonctionne et qu’il propose des terminaux.</translation>
    </message>
    <message>
        <source>The command was not run: the terminal is closed.</source>
        <translation>La commande n’a pas été exécutée : le terminal est fermé.</translation>
    </message>
    <message>
        <source>The terminal on your server ended.</source>
        <translation>Le terminal de votre serveur s’est arrêté.</translation>
    </message>
    <message>
        <source>The terminal on your server did not respond. Try again, or restart your server.</source>
        <translation>Le terminal de votre serveur ne répond pas. Réessayez ou redémarrez votre serveur.</translation>
    </message>
    <message>
        <source>The command did not finish within %1 s and was interrupted.</source>
        <translation>La commande ne s’est pas terminée en %1 s et a été interrompue.</translation>
    </message>
    <message>
        <source>The command was not run: the terminal was closed.</source>
        <translation>La commande n’a pas été exécutée : le terminal a été fermé.</translation>
    </message>
    <message>
        <source>Your server sent more than %1 in one terminal message, so the app closed the terminal.</source>
        <translation>Votre serveur a envoyé plus de %1 dans un seul message de terminal, donc l’application a fermé le terminal.</translation>
    </message>
    <message>
        <source>Your server named its new terminal “%1”, which is not a terminal name: it would make the app send requests elsewhere. Nothing was sent there. Your server may run software you should not trust; restart it, and tell the hub&apos;s administrators.</source>
        <translation>Votre serveur a nommé son nouveau terminal «&#xa0;%1&#xa0;», ce qui n’est pas un nom de terminal&#xa0;: l’application enverrait alors des requêtes ailleurs. Rien n’y a été envoyé. Votre serveur exécute peut-être un logiciel auquel vous ne devriez pas faire confiance&#xa0;; redémarrez-le et prévenez les administrateurs du hub.</translation>
    </message>
    <message>
        <source>Your server refused the app&apos;s sign-in (HTTP %1): it is not allowed to use your server. It needs the permission (scope) “access:servers”: sign in again with the app, or use a token from the hub&apos;s token page that includes access to your server.</source>
        <translation>Votre serveur a refusé la connexion de l’application (HTTP %1)&#xa0;: elle n’a pas le droit d’utiliser votre serveur. Elle a besoin de l’autorisation (scope) «&#xa0;access:servers&#xa0;»&#xa0;: reconnectez-vous avec l’application, ou utilisez un jeton de la page des jetons du hub qui inclut l’accès à votre serveur.</translation>
    </message>
</context>
<context>
    <name>fornax::ResourceWatch</name>
    <message>
        <source>Resources unknown on this server: it does not report them (it has no jupyter-resource-usage), and reading them another way would count as using it.</source>
        <translation>Ressources inconnues sur ce serveur&#xa0;: il ne les indique pas (il n&apos;a pas jupyter-resource-usage), et les lire autrement compterait comme une utilisation.</translation>
    </message>
</context>
<context>
    <name>fornax::ServerController</name>
    <message>
        <source>The hub has not stopped the server yet.</source>
        <translation>Le hub n’a pas encore arrêté le serveur.</translation>
    </message>
    <message>
        <source>Asking the hub for a server…</source>
        <translation>Demande d’un serveur au hub…</translation>
    </message>
    <message>
        <source>A start of this server was already under way; following it. The size chosen now was not applied.</source>
        <translation>Un démarrage de ce serveur était déjà en cours&#xa0;; il est suivi. La taille choisie maintenant n’a pas été appliquée.</translation>
    </message>
    <message>
        <source>The server stopped while it was starting.</source>
        <translation>Le serveur s’est arrêté pendant son démarrage.</translation>
    </message>
</context>
<context>
    <name>fornax::ServerMonitor</name>
    <message>
        <source>The server was stopped outside this app: by the hub (after being idle, or because its cloud machine was reclaimed) or from a browser.</source>
        <translation>Le serveur a été arrêté en dehors de cette application&#xa0;: par le hub (après une période d’inactivité, ou parce que sa machine dans le cloud a été récupérée) ou depuis un navigateur.</translation>
    </message>
</context>
<context>
    <name>fornax::ServerProbe</name>
    <message>
        <source>The server did not describe its state as a Jupyter server does (HTTP %1).</source>
        <translation>Le serveur n’a pas décrit son état comme le fait un serveur Jupyter (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>fornax::SingleInstance</name>
    <message>
        <source>Could not tell whether Fornax Desktop is already running (the lock file %1 is held). Close other copies of the app, or remove the file.</source>
        <translation>Impossible de savoir si Fornax Desktop est déjà en marche (le fichier de verrou %1 est occupé). Fermez les autres instances de l’application ou supprimez le fichier.</translation>
    </message>
    <message>
        <source>Fornax Desktop is already running.</source>
        <translation>Fornax Desktop est déjà en marche.</translation>
    </message>
    <message>
        <source>Could not create the socket that keeps Fornax Desktop to one window (%1): %2</source>
        <translation>Impossible de créer le socket qui limite Fornax Desktop à une seule fenêtre (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the socket that keeps Fornax Desktop to one window: %2</source>
        <translation>Impossible de créer le dossier %1 pour le socket qui limite Fornax Desktop à une seule fenêtre&#xa0;: %2</translation>
    </message>
    <message>
        <source>The folder %1 for the socket that keeps Fornax Desktop to one window is not private (another user owns it, or others may open it). Remove it, or set XDG_RUNTIME_DIR to your own runtime folder.</source>
        <translation>Le dossier %1 pour le socket qui limite Fornax Desktop à une seule fenêtre n’est pas privé (il appartient à un autre utilisateur, ou d’autres peuvent l’ouvrir). Supprimez-le, ou définissez XDG_RUNTIME_DIR sur votre propre dossier d’exécution.</translation>
    </message>
</context>
<context>
    <name>fornax::SshChannel</name>
    <message>
        <source>The upload&apos;s data source went away.</source>
        <translation>La source de données de l&apos;envoi a disparu.</translation>
    </message>
    <message>
        <source>The download&apos;s destination went away.</source>
        <translation>La destination du téléchargement a disparu.</translation>
    </message>
    <message>
        <source>The transfer was stopped.</source>
        <translation>Le transfert a été arrêté.</translation>
    </message>
</context>
<context>
    <name>fornax::SshShell</name>
    <message>
        <source>The SSH connection is gone.</source>
        <translation>La connexion SSH n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>fornax::StorageWalk</name>
    <message>
        <source>The server did not list the home folder as a Jupyter server does.</source>
        <translation>Le serveur n&apos;a pas listé le dossier personnel comme le fait un serveur Jupyter.</translation>
    </message>
</context>
<context>
    <name>fornax::TerminalOutputParser</name>
    <message>
        <source>The command printed more than %1; its output was discarded.</source>
        <translation>La commande a affiché plus de %1&#xa0;; sa sortie a été ignorée.</translation>
    </message>
</context>
<context>
    <name>fornax::TransferJob</name>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Le transfert a été annulé.</translation>
    </message>
    <message>
        <source>The download was not started: you declined it.</source>
        <translation>Le téléchargement n’a pas été lancé&#xa0;: vous l’avez refusé.</translation>
    </message>
    <message>
        <source>The connection to the hub is gone.</source>
        <translation>La connexion au hub a été perdue.</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Réponse du serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Two of the chosen items are named “%1”; they would land on the same name. Copy them in separate transfers.</source>
        <translation>Deux des éléments choisis s’appellent «&#xa0;%1&#xa0;»&#xa0;; ils se retrouveraient sous le même nom. Copiez-les dans des transferts séparés.</translation>
    </message>
    <message>
        <source>%1 %2 Check the connection and retry the transfer.</source>
        <translation>%1 %2 Vérifiez la connexion et relancez le transfert.</translation>
    </message>
    <message>
        <source>Could not write to your server (%1). Check the connection and retry the transfer.</source>
        <translation>Impossible d’écrire sur votre serveur (%1). Vérifiez la connexion et relancez le transfert.</translation>
    </message>
    <message>
        <source>The SSH connection to your server is gone.</source>
        <translation>La connexion SSH à votre serveur a été perdue.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Could not write to your server.</source>
        <translation>Impossible d’écrire sur votre serveur.</translation>
    </message>
    <message>
        <source>Could not write to your server: %1 Check the connection and retry the transfer.</source>
        <translation>Impossible d’écrire sur votre serveur&#xa0;: %1 Vérifiez la connexion et relancez le transfert.</translation>
    </message>
    <message>
        <source>Could not read the transfer&apos;s notes on your server.</source>
        <translation>Impossible de lire les notes du transfert sur votre serveur.</translation>
    </message>
    <message>
        <source>Could not read the transfer&apos;s notes on your server (%1). Check the connection and retry the transfer.</source>
        <translation>Impossible de lire les notes du transfert sur votre serveur (%1). Vérifiez la connexion et relancez le transfert.</translation>
    </message>
    <message>
        <source>“%1” climbs out of a folder with “..”. Name the place on your server from your home folder, for example “data/run1”.</source>
        <translation>« %1 » sort d’un dossier avec « .. ». Indiquez l’emplacement sur votre serveur à partir de votre dossier personnel, par exemple « data/run1 ».</translation>
    </message>
    <message>
        <source>“%1” is where this app keeps its temporary files on your server, and it empties that folder on its own. Choose another folder.</source>
        <translation>« %1 » est l’endroit où cette application garde ses fichiers temporaires sur votre serveur, et elle vide ce dossier elle-même. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>This way cannot upload.</source>
        <translation>Ce mode ne permet pas l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>fornax::TransferQueue</name>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfert</numerusform>
            <numerusform>%n transferts</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of %2</source>
        <translation>, %1 sur %2</translation>
    </message>
    <message>
        <source>, less than a minute left</source>
        <translation>, moins d’une minute restante</translation>
    </message>
    <message numerus="yes">
        <source>, about %n minute(s) left</source>
        <translation>
            <numerusform>, environ %n minute restante</numerusform>
            <numerusform>, environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, about %n hour(s) left</source>
        <translation>
            <numerusform>, environ %n heure restante</numerusform>
            <numerusform>, environ %n heures restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::UploadJob</name>
    <message>
        <source>“%1” does not exist (any more). Choose the files again.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas (ou plus). Choisissez de nouveau les fichiers.</translation>
    </message>
    <message>
        <source>Could not prepare your server for the upload.</source>
        <translation>Impossible de préparer votre serveur pour l’envoi.</translation>
    </message>
    <message>
        <source>Your server did not answer the transfer&apos;s questions (free space, tar). Check that a terminal can be opened in JupyterLab.</source>
        <translation>Votre serveur n’a pas répondu aux vérifications du transfert (espace libre, tar). Vérifiez qu’un terminal peut être ouvert dans JupyterLab.</translation>
    </message>
    <message>
        <source>“%1” on your server is a file, not a folder. Choose a folder to upload into.</source>
        <translation>«&#xa0;%1&#xa0;» sur votre serveur est un fichier, pas un dossier. Choisissez un dossier de destination.</translation>
    </message>
    <message>
        <source>Could not look into the folder on your server.</source>
        <translation>Impossible d’examiner le dossier sur votre serveur.</translation>
    </message>
    <message>
        <source>This upload needs %1 on your server, but only %2 is free there. Free some space on the server (or upload less) and try again.</source>
        <translation>Cet envoi nécessite %1 sur votre serveur, mais il n’y reste que %2 de libre. Libérez de la place sur le serveur (ou envoyez moins) et réessayez.</translation>
    </message>
    <message>
        <source>This upload needs %1 in “%2” on your server, but only %3 is free there. Free some space there (or upload less) and try again.</source>
        <translation>Cet envoi nécessite %1 dans «&#xa0;%2&#xa0;» sur votre serveur, mais il n’y reste que %3 de libre. Libérez-y de la place (ou envoyez moins) et réessayez.</translation>
    </message>
    <message>
        <source>Unpacking on your server failed.</source>
        <translation>L’extraction sur votre serveur a échoué.</translation>
    </message>
    <message>
        <source>Packing did not finish.</source>
        <translation>L’archivage ne s’est pas terminé.</translation>
    </message>
    <message>
        <source>Your server unpacked the upload but did not say what it found. Try again.</source>
        <translation>Votre serveur a extrait l’envoi sans indiquer ce qu’il a trouvé. Réessayez.</translation>
    </message>
    <message>
        <source>Your server found %1 files (%2) after unpacking, but %3 files (%4) were sent. Nothing was placed in “%5”; try again.</source>
        <translation>Après extraction, votre serveur a trouvé %1 fichiers (%2), mais %3 fichiers (%4) ont été envoyés. Rien n’a été placé dans «&#xa0;%5&#xa0;»&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>votre dossier personnel</translation>
    </message>
    <message>
        <source>Computing checksums on your server failed.</source>
        <translation>Le calcul des sommes de contrôle sur votre serveur a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) arrived with different contents, for example “%1”. Nothing was placed; try again.</source>
        <translation>
            <numerusform>%n fichier est arrivé avec un contenu différent&#xa0;: «&#xa0;%1&#xa0;». Rien n’a été placé&#xa0;; réessayez.</numerusform>
            <numerusform>%n fichiers sont arrivés avec un contenu différent, par exemple «&#xa0;%1&#xa0;». Rien n’a été placé&#xa0;; réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving the uploaded items into place on your server failed.</source>
        <translation>La mise en place des éléments envoyés sur votre serveur a échoué.</translation>
    </message>
    <message>
        <source>The upload was stopped.</source>
        <translation>L’envoi a été arrêté.</translation>
    </message>
    <message>
        <source>“%1” has no name to upload under. Choose the files or folders inside it.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de nom sous lequel l’envoyer. Choisissez les fichiers ou dossiers qu’il contient.</translation>
    </message>
    <message>
        <source>You may not write in %1 on your server (nor change its permissions). Nothing was sent. Choose another folder, or ask its owner for write permission.</source>
        <translation>Vous ne pouvez pas écrire dans %1 sur votre serveur (ni en modifier les autorisations). Rien n’a été envoyé. Choisissez un autre dossier, ou demandez à son propriétaire l’autorisation d’écriture.</translation>
    </message>
    <message>
        <source>%1 does not exist on your server, and you may not create it there (no write permission in the folder above it). Nothing was sent. Choose another folder.</source>
        <translation>%1 n’existe pas sur votre serveur, et vous ne pouvez pas l’y créer (pas d’autorisation d’écriture dans le dossier parent). Rien n’a été envoyé. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The folder name “%1” is longer than the %2 bytes a name may have on your server. Choose a shorter name; nothing was sent.</source>
        <translation>Le nom de dossier « %1 » dépasse les %2 octets permis pour un nom sur votre serveur. Choisissez un nom plus court ; rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>fornax::WebSession</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The hub shows its list of server sizes only while your server is stopped.</source>
        <translation>Le hub n’affiche sa liste de tailles de serveur que lorsque votre serveur est arrêté.</translation>
    </message>
    <message>
        <source>The hub grants your account none of what the app needs:
%1</source>
        <translation>Le hub n’accorde à votre compte rien de ce dont l’application a besoin&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>fornax::cli::CliCommand</name>
    <message>
        <source>A named server instead of the default one.</source>
        <translation>Un serveur nommé au lieu du serveur par défaut.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Return once the hub has accepted the request.</source>
        <translation>Rendre la main dès que le hub a accepté la demande.</translation>
    </message>
    <message>
        <source>If the hub will not make a token limited to your server, send your own token to the server too (software running there could then read it and act as you on the hub).</source>
        <translation>Si le hub refuse de créer un jeton limité à votre serveur, envoyer aussi votre propre jeton au serveur (un logiciel qui s’y exécute pourrait alors le lire et agir en votre nom sur le hub).</translation>
    </message>
    <message>
        <source>“%1” takes no arguments, but got “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» ne prend pas d’arguments, mais a reçu «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>fornax::cli::CliRunner</name>
    <message>
        <source>No hub found at %1.</source>
        <translation>Aucun hub trouvé à l’adresse %1.</translation>
    </message>
    <message>
        <source>Not signed in to %1. Sign in with the app, or give a token from %2 with --token-file or $FORNAX_TOKEN.</source>
        <translation>Non connecté à %1. Connectez-vous avec l’application ou fournissez un jeton de %2 avec --token-file ou $FORNAX_TOKEN.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 sent the app on to %2. The command line sends your token only to the hub you name, so nothing was sent. If you trust %2, run again with --hub %2.</source>
        <translation>%1 a redirigé l’application vers %2. La ligne de commande n’envoie votre jeton qu’au hub que vous indiquez, donc rien n’a été envoyé. Si vous faites confiance à %2, relancez avec --hub %2.</translation>
    </message>
    <message>
        <source>%1 is a plain http:// address on another computer: your token would cross the network unencrypted, readable by anyone on the way. Use the hub&apos;s https:// address, or run again with --allow-insecure if you accept that.</source>
        <translation>%1 est une simple adresse http:// sur un autre ordinateur&#xa0;: votre jeton traverserait le réseau en clair, lisible par quiconque se trouve sur le trajet. Utilisez l’adresse https:// du hub, ou relancez avec --allow-insecure si vous l’acceptez.</translation>
    </message>
    <message>
        <source>The hub would not make a token for your server alone; as --use-token-for-server asks, your own token goes to the server too.</source>
        <translation>Le hub a refusé de créer un jeton pour votre seul serveur&#xa0;; comme le demande --use-token-for-server, votre propre jeton est aussi envoyé au serveur.</translation>
    </message>
    <message>
        <source>The hub does not let your account use your server through its API (the access:servers permission), so no files can be copied. Ask the hub&apos;s administrators.</source>
        <translation>Le hub ne permet pas à votre compte d’utiliser votre serveur via son API (l’autorisation access:servers), donc aucun fichier ne peut être copié. Demandez aux administrateurs du hub.</translation>
    </message>
    <message>
        <source>The hub would not make a token limited to your server (%1). Nothing was sent to the server. To send your own token to it instead, run again with --use-token-for-server: software running on your server could then read that token and act as you on the hub.</source>
        <translation>Le hub a refusé de créer un jeton limité à votre serveur (%1). Rien n’a été envoyé au serveur. Pour lui envoyer plutôt votre propre jeton, relancez avec --use-token-for-server&#xa0;: un logiciel qui s’exécute sur votre serveur pourrait alors lire ce jeton et agir en votre nom sur le hub.</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (ligne de commande)</translation>
    </message>
    <message>
        <source>The token made for this run (%1) could not be revoked: %2 It expires within a day.</source>
        <translation>Le jeton créé pour cette exécution (%1) n’a pas pu être révoqué&#xa0;: %2 Il expire en moins d’un jour.</translation>
    </message>
    <message>
        <source>The server&apos;s hours are not in your usage record: %1</source>
        <translation>Les heures de serveur ne figurent pas dans votre relevé d’utilisation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Still removing what the command left on your server; at most %n second(s).</source>
        <translation>
            <numerusform>Suppression en cours de ce que la commande a laissé sur votre serveur&#xa0;; %n seconde au plus.</numerusform>
            <numerusform>Suppression en cours de ce que la commande a laissé sur votre serveur&#xa0;; %n secondes au plus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::cli::DownloadCommand</name>
    <message numerus="yes">
        <source>Downloaded %n file(s), %1, into “%2”</source>
        <translation>
            <numerusform>%n fichier téléchargé, %1, dans «&#xa0;%2&#xa0;»</numerusform>
            <numerusform>%n fichiers téléchargés, %1, dans «&#xa0;%2&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s) (%1) as a %2 archive, estimated egress cost %3.</source>
        <translation>
            <numerusform>Téléchargement de %n fichier (%1) sous forme d’archive de %2, coût de sortie estimé&#xa0;: %3.</numerusform>
            <numerusform>Téléchargement de %n fichiers (%1) sous forme d’archive de %2, coût de sortie estimé&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download is not in your usage record: %1</source>
        <translation>Le téléchargement ne figure pas dans votre relevé d’utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not downloaded, because they point outside what you chose: %1.</source>
        <translation>Non téléchargés, car ils pointent hors de votre sélection&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The download was not started (the reason is above).</source>
        <translation>Le téléchargement n’a pas commencé (la raison est indiquée ci-dessus).</translation>
    </message>
    <message>
        <source>REMOTE... LOCAL-FOLDER</source>
        <translation>DISTANT... DOSSIER-LOCAL</translation>
    </message>
    <message>
        <source>Copy files and folders of the server into a local folder.</source>
        <translation>Copier des fichiers et dossiers du serveur dans un dossier local.</translation>
    </message>
    <message>
        <source>Copies files and folders of the server into a local folder; the size and the egress cost estimate are shown before anything moves.</source>
        <translation>Copie des fichiers et dossiers du serveur dans un dossier local ; la taille et l’estimation du coût de sortie sont affichées avant tout transfert.</translation>
    </message>
    <message>
        <source>analysis/plots .</source>
        <translation>analyse/figures .</translation>
    </message>
</context>
<context>
    <name>fornax::cli::JobBaseCommand</name>
    <message>
        <source>Your server is not running. Jobs are kept in your home folder on the server (fornax-jobs~); start the server with “fornax-desktop start” to see them.</source>
        <translation>Votre serveur n&apos;est pas en marche. Les tâches sont conservées dans votre dossier personnel sur le serveur (fornax-jobs~)&#xa0;; démarrez le serveur avec «&#xa0;fornax-desktop start&#xa0;» pour les voir.</translation>
    </message>
    <message>
        <source>The job could not be written into the usage record: %1</source>
        <translation>La tâche n&apos;a pas pu être inscrite dans le relevé d&apos;utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1  %2  %3  started %4  elapsed %5</source>
        <translation>%1  %2  %3  démarrée %4  durée %5</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>taille %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 au total</translation>
    </message>
    <message>
        <source>cost unknown (no rate for size “%1”; set one in the app&apos;s Costs settings)</source>
        <translation>coût inconnu (aucun tarif pour la taille «&#xa0;%1&#xa0;»&#xa0;; définissez-en un dans les paramètres Coûts de l&apos;application)</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>what stopping the server saved is unknown (no rate for this size, or the hub&apos;s idle cull and time limit are not known)</source>
        <translation>l&apos;économie réalisée en arrêtant le serveur est inconnue (aucun tarif pour cette taille, ou l&apos;arrêt pour inactivité et la limite de temps du hub ne sont pas connus)</translation>
    </message>
    <message numerus="yes">
        <source>stopping the server saved %1 (against idling until the hub&apos;s %n-minute idle cull)</source>
        <translation>
            <numerusform>l&apos;arrêt du serveur a économisé %1 (par rapport à une inactivité jusqu&apos;à l&apos;arrêt automatique du hub après %n minute d&apos;inactivité)</numerusform>
            <numerusform>l&apos;arrêt du serveur a économisé %1 (par rapport à une inactivité jusqu&apos;à l&apos;arrêt automatique du hub après %n minutes d&apos;inactivité)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopping the server saved %1 (against running until the hub&apos;s %n-hour time limit)</source>
        <translation>
            <numerusform>l&apos;arrêt du serveur a économisé %1 (par rapport à un fonctionnement jusqu&apos;à la limite de %n heure du hub)</numerusform>
            <numerusform>l&apos;arrêt du serveur a économisé %1 (par rapport à un fonctionnement jusqu&apos;à la limite de %n heures du hub)</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>the server was stopped for it when job %1 ended</source>
        <translation>le serveur a été arrêté pour elle à la fin de la tâche %1</translation>
    </message>
    <message>
        <source>the server stops when the last other job ends</source>
        <translation>le serveur s&apos;arrêtera à la fin de la dernière autre tâche</translation>
    </message>
    <message>
        <source>the server stop waits for a job being started</source>
        <translation>l&apos;arrêt du serveur attend une tâche en cours de démarrage</translation>
    </message>
    <message>
        <source>the server could not be stopped (%1)</source>
        <translation>le serveur n&apos;a pas pu être arrêté (%1)</translation>
    </message>
    <message>
        <source>stopped the server for job %1</source>
        <translation>a arrêté le serveur pour la tâche %1</translation>
    </message>
    <message>
        <source>stopped the server</source>
        <translation>a arrêté le serveur</translation>
    </message>
</context>
<context>
    <name>fornax::cli::JobCommand</name>
    <message>
        <source>log ID [--follow] | cancel ID | fetch ID OUT-FOLDER</source>
        <translation>log ID [--follow] | cancel ID | fetch ID DOSSIER-SORTIE</translation>
    </message>
    <message>
        <source>Show a job&apos;s log, cancel it, or download its outputs.</source>
        <translation>Afficher le journal d&apos;une tâche, l&apos;annuler ou télécharger ses résultats.</translation>
    </message>
    <message>
        <source>“job log ID” prints what the job wrote so far (with --follow: until it ends). “job cancel ID” ends every process of the job on the server. “job fetch ID OUT-FOLDER” downloads the job&apos;s folder (its inputs, the executed notebook and every file it wrote) into OUT-FOLDER, through the same egress check as “download”. IDs are listed by “fornax-desktop jobs”.</source>
        <translation>«&#xa0;job log ID&#xa0;» affiche ce que la tâche a écrit jusqu&apos;ici (avec --follow&#xa0;: jusqu&apos;à sa fin). «&#xa0;job cancel ID&#xa0;» termine tous les processus de la tâche sur le serveur. «&#xa0;job fetch ID DOSSIER-SORTIE&#xa0;» télécharge le dossier de la tâche (ses entrées, le notebook exécuté et tous les fichiers qu&apos;elle a écrits) dans DOSSIER-SORTIE, avec le même contrôle des sorties que «&#xa0;download&#xa0;». Les identifiants sont listés par «&#xa0;fornax-desktop jobs&#xa0;».</translation>
    </message>
    <message>
        <source>With “log”: keep printing until the job ends.</source>
        <translation>Avec «&#xa0;log&#xa0;»&#xa0;: continuer l&apos;affichage jusqu&apos;à la fin de la tâche.</translation>
    </message>
    <message>
        <source>With “fetch”: answer yes to a large download&apos;s cost warning. Never passes the monthly budget.</source>
        <translation>Avec «&#xa0;fetch&#xa0;»&#xa0;: répondre oui à l&apos;avertissement de coût d&apos;un gros téléchargement. Ne dépasse jamais le budget mensuel.</translation>
    </message>
    <message>
        <source>With “fetch”: what to do with files that exist already (as for “download”).</source>
        <translation>Avec «&#xa0;fetch&#xa0;»&#xa0;: que faire des fichiers déjà existants (comme pour «&#xa0;download&#xa0;»).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLITIQUE</translation>
    </message>
    <message>
        <source>“job” needs what to do and a job id: “job log ID”, “job cancel ID” or “job fetch ID OUT-FOLDER”.</source>
        <translation>«&#xa0;job&#xa0;» nécessite une action et un identifiant de tâche&#xa0;: «&#xa0;job log ID&#xa0;», «&#xa0;job cancel ID&#xa0;» ou «&#xa0;job fetch ID DOSSIER-SORTIE&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a job id; “fornax-desktop jobs” lists them.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de tâche&#xa0;; «&#xa0;fornax-desktop jobs&#xa0;» les liste.</translation>
    </message>
    <message>
        <source>--follow goes with “job log”.</source>
        <translation>--follow s&apos;utilise avec «&#xa0;job log&#xa0;».</translation>
    </message>
    <message>
        <source>Job %1 was cancelled; nothing of it runs on the server any more.</source>
        <translation>La tâche %1 a été annulée&#xa0;; plus rien d&apos;elle ne tourne sur le serveur.</translation>
    </message>
    <message>
        <source>Job %1 had already ended (%2): nothing to cancel.</source>
        <translation>La tâche %1 était déjà terminée (%2)&#xa0;: rien à annuler.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::JobsCommand</name>
    <message>
        <source>List the jobs on your server (run with “run”).</source>
        <translation>Lister les tâches de votre serveur (lancées avec «&#xa0;run&#xa0;»).</translation>
    </message>
    <message>
        <source>No jobs on your server. Start one with “fornax-desktop run FILE”.</source>
        <translation>Aucune tâche sur votre serveur. Lancez-en une avec «&#xa0;fornax-desktop run FICHIER&#xa0;».</translation>
    </message>
    <message>
        <source>Lists every job in your server&apos;s job folder (fornax-jobs~ in your home), newest first: its id, file, state, start, elapsed time, exit code, server size, the estimated credits of its server time (so far, or in all) and, for a job that stopped the server, what that saved (against idling until the hub&apos;s idle cull, else until its time limit). A job whose server stopped under it shows as “server stopped during the job”. With --json, one object per job.</source>
        <translation>Liste chaque tâche du dossier des tâches de votre serveur (fornax-jobs~ dans votre dossier personnel), de la plus récente à la plus ancienne&#xa0;: son identifiant, son fichier, son état, son début, le temps écoulé, le code de sortie, la taille du serveur, les crédits estimés de son temps de serveur (jusqu&apos;ici, ou au total) et, pour une tâche qui a arrêté le serveur, l&apos;économie réalisée (par rapport à une inactivité jusqu&apos;à l&apos;arrêt pour inactivité du hub, sinon jusqu&apos;à sa limite de temps). Une tâche dont le serveur s&apos;est arrêté en cours d&apos;exécution apparaît comme «&#xa0;serveur arrêté pendant la tâche&#xa0;». Avec --json, un objet par tâche.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::KeepAliveCommand</name>
    <message>
        <source>Your server is not running, so there is nothing to keep alive. Start it with “fornax-desktop start”.</source>
        <translation>Votre serveur n’est pas en marche, il n’y a donc rien à maintenir en marche. Démarrez-le avec «&#xa0;fornax-desktop start&#xa0;».</translation>
    </message>
    <message>
        <source>The server did not say how it can be kept alive.</source>
        <translation>Le serveur n’a pas indiqué comment le maintenir en marche.</translation>
    </message>
    <message>
        <source>%1 (%2 from now)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>Your server has no keep-alive of its own (Fornax&apos;s jupyter-keepalive), so nothing keeps it alive there. “fornax-desktop keep-alive DURATION” can keep it alive while that command runs.</source>
        <translation>Votre serveur n’a pas de maintien d’activité propre (le jupyter-keepalive de Fornax), donc rien ne l’y maintient en marche. «&#xa0;fornax-desktop keep-alive DURÉE&#xa0;» peut le maintenir en marche tant que cette commande s’exécute.</translation>
    </message>
    <message>
        <source>Your server keeps itself alive until %1.</source>
        <translation>Votre serveur se maintient lui-même en marche jusqu’au %1.</translation>
    </message>
    <message>
        <source>Your server is not being kept alive: the hub stops it after its idle time without activity.</source>
        <translation>Votre serveur n’est pas maintenu en marche&#xa0;: le hub l’arrête quand il est resté inactif aussi longtemps que le hub le permet.</translation>
    </message>
    <message>
        <source>Your server has no keep-alive of its own, so there is nothing to stop there. A “fornax-desktop keep-alive DURATION” still running ends with Ctrl+C.</source>
        <translation>Votre serveur n’a pas de maintien d’activité propre, il n’y a donc rien à arrêter de ce côté. Une commande «&#xa0;fornax-desktop keep-alive DURÉE&#xa0;» encore en cours s’arrête avec Ctrl+C.</translation>
    </message>
    <message>
        <source>Your server is no longer kept alive: the hub stops it after its idle time without activity.</source>
        <translation>Votre serveur n’est plus maintenu en marche&#xa0;: le hub l’arrête quand il est resté inactif aussi longtemps que le hub le permet.</translation>
    </message>
    <message>
        <source>Your server was not being kept alive.</source>
        <translation>Votre serveur n’était pas maintenu en marche.</translation>
    </message>
    <message>
        <source>A server kept alive keeps costing: this keeps it alive for at most %1.</source>
        <translation>Un serveur maintenu en marche continue de coûter&#xa0;: il est donc maintenu en marche %1 au maximum.</translation>
    </message>
    <message>
        <source>Your server is kept alive until %1, by the server itself: it holds with this computer off, and JupyterLab shows the same time. “fornax-desktop keep-alive --stop” ends it sooner.</source>
        <translation>Votre serveur est maintenu en marche jusqu’au %1, par le serveur lui-même&#xa0;: cela tient même avec cet ordinateur éteint, et JupyterLab affiche la même heure. «&#xa0;fornax-desktop keep-alive --stop&#xa0;» y met fin plus tôt.</translation>
    </message>
    <message>
        <source>Your server has no keep-alive of its own (Fornax&apos;s jupyter-keepalive), so this command keeps it alive from here: leave it running until %1, or press Ctrl+C to stop sooner.</source>
        <translation>Votre serveur n’a pas de maintien d’activité propre (le jupyter-keepalive de Fornax), donc cette commande le maintient en marche d’ici&#xa0;: laissez-la tourner jusqu’au %1, ou appuyez sur Ctrl+C pour arrêter plus tôt.</translation>
    </message>
    <message>
        <source>A keep-alive request failed; trying again at the next one. %1</source>
        <translation>Une requête de maintien d’activité a échoué&#xa0;; nouvel essai à la suivante. %1</translation>
    </message>
    <message>
        <source>Your server stopped, so there is nothing left to keep alive.</source>
        <translation>Votre serveur s’est arrêté, il n’y a donc plus rien à maintenir en marche.</translation>
    </message>
    <message>
        <source>Stopped keeping your server alive.</source>
        <translation>Votre serveur n’est plus maintenu en marche.</translation>
    </message>
    <message>
        <source>Done: your server was kept alive for the time you asked.</source>
        <translation>Terminé&#xa0;: votre serveur a été maintenu en marche pendant la durée demandée.</translation>
    </message>
    <message>
        <source>The server&apos;s keep-alive could not be reached. %1</source>
        <translation>Le maintien d’activité du serveur n’a pas pu être joint. %1</translation>
    </message>
    <message>
        <source>DURATION | --stop | --status</source>
        <translation>DURÉE | --stop | --status</translation>
    </message>
    <message>
        <source>Keep the server from being stopped for inactivity, end that, or show it.</source>
        <translation>Empêcher que le serveur soit arrêté pour inactivité, y mettre fin ou l’afficher.</translation>
    </message>
    <message>
        <source>Keeps the server from being stopped for inactivity for DURATION (90s, 45m, 2h, 1h30m; at most 4 hours), ends that (--stop), or shows it (--status). Where the server has its own keep-alive (Fornax&apos;s), it holds there and the command returns at once; elsewhere the command must keep running until DURATION or Ctrl+C.</source>
        <translation>Empêche que le serveur soit arrêté pour inactivité pendant DURÉE (90s, 45m, 2h, 1h30m ; 4 heures au plus), y met fin (--stop) ou l’affiche (--status). Si le serveur a son propre maintien d’activité (celui de Fornax), il s’applique là-bas et la commande rend la main aussitôt ; sinon, elle doit tourner jusqu’à la fin de DURÉE ou jusqu’à Ctrl+C.</translation>
    </message>
    <message>
        <source>End the server&apos;s keep-alive (also one started in JupyterLab).</source>
        <translation>Mettre fin au maintien d’activité du serveur (y compris celui lancé dans JupyterLab).</translation>
    </message>
    <message>
        <source>Show whether, and until when, the server is kept alive.</source>
        <translation>Afficher si le serveur est maintenu en marche, et jusqu’à quand.</translation>
    </message>
    <message>
        <source>“keep-alive” needs one of: a duration (e.g. “keep-alive 2h”), --stop or --status.</source>
        <translation>«&#xa0;keep-alive&#xa0;» attend l’un de ces éléments&#xa0;: une durée (p. ex. «&#xa0;keep-alive 2h&#xa0;»), --stop ou --status.</translation>
    </message>
    <message>
        <source>“%1” is not a duration: give one like 90s, 45m, 2h or 1h30m.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée&#xa0;: indiquez-en une comme 90s, 45m, 2h ou 1h30m.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::RunCommand</name>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Run a notebook or script on your server as a job that needs neither this command nor the app.</source>
        <translation>Exécuter un notebook ou un script sur votre serveur, en tant que tâche qui n&apos;a besoin ni de cette commande ni de l&apos;application.</translation>
    </message>
    <message>
        <source>Runs FILE (a notebook .ipynb, a Python script .py or a shell script .sh) on your server, detached: it goes on with this computer off. Notebooks run with nbconvert (papermill for --param) in the kernel given or named in the notebook; every cell&apos;s output goes to the job&apos;s log. Everything of the job stays in fornax-jobs~/ID in your home on the server: the inputs, the log, the executed notebook (NAME-executed.ipynb) and whatever the job writes. Without --wait the command returns once the job runs and prints its id (see “jobs”, “job log ID”, “job fetch ID OUT-FOLDER”). The server is started first when it is not running.</source>
        <translation>Exécute FICHIER (un notebook .ipynb, un script Python .py ou un script shell .sh) sur votre serveur, de façon détachée&#xa0;: il continue même avec cet ordinateur éteint. Les notebooks s&apos;exécutent avec nbconvert (papermill pour --param) dans le noyau indiqué ou nommé dans le notebook&#xa0;; la sortie de chaque cellule va dans le journal de la tâche. Tout ce qui concerne la tâche reste dans fornax-jobs~/ID dans votre dossier personnel sur le serveur&#xa0;: les entrées, le journal, le notebook exécuté (NOM-executed.ipynb) et tout ce que la tâche écrit. Sans --wait, la commande rend la main dès que la tâche tourne et affiche son identifiant (voir «&#xa0;jobs&#xa0;», «&#xa0;job log ID&#xa0;», «&#xa0;job fetch ID DOSSIER-SORTIE&#xa0;»). Le serveur est d&apos;abord démarré s&apos;il n&apos;est pas en marche.</translation>
    </message>
    <message>
        <source>The server size to start with when the server is not running (e.g. small, large).</source>
        <translation>La taille de serveur à utiliser si le serveur n&apos;est pas en marche (p. ex. small, large).</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>The notebook&apos;s kernel (default: the one the notebook names, else the server&apos;s default); checked against the server&apos;s kernels.</source>
        <translation>Le noyau du notebook (par défaut&#xa0;: celui que nomme le notebook, sinon celui par défaut du serveur)&#xa0;; vérifié parmi les noyaux du serveur.</translation>
    </message>
    <message>
        <source>KERNEL</source>
        <translation>NOYAU</translation>
    </message>
    <message>
        <source>Also copy PATH (a file or folder) into the job&apos;s folder first; may be given several times.</source>
        <translation>Copier aussi CHEMIN (un fichier ou un dossier) dans le dossier de la tâche au préalable&#xa0;; peut être donné plusieurs fois.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Set a notebook parameter (papermill, which the server must have).</source>
        <translation>Définir un paramètre du notebook (nécessite papermill sur le serveur).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NOM=VALEUR</translation>
    </message>
    <message>
        <source>Stop the server when the job ends (success or failure) and no other job runs, even with this computer off. The server stops itself with a token that can do nothing but stop and start your servers, valid until the job&apos;s time limit.</source>
        <translation>Arrêter le serveur à la fin de la tâche (succès ou échec) si aucune autre tâche ne tourne, même avec cet ordinateur éteint. Le serveur s&apos;arrête lui-même avec un jeton qui ne permet que d&apos;arrêter et de démarrer vos serveurs, valable jusqu&apos;à la limite de durée de la tâche.</translation>
    </message>
    <message>
        <source>Wait for the job to end, printing its log as it grows.</source>
        <translation>Attendre la fin de la tâche, en affichant son journal au fur et à mesure.</translation>
    </message>
    <message>
        <source>With --wait: download the job&apos;s folder into OUT-FOLDER at the end (through the egress check).</source>
        <translation>Avec --wait&#xa0;: télécharger le dossier de la tâche dans DOSSIER-SORTIE à la fin (avec le contrôle des sorties).</translation>
    </message>
    <message>
        <source>OUT-FOLDER</source>
        <translation>DOSSIER-SORTIE</translation>
    </message>
    <message>
        <source>End the job after this long (e.g. 90m, 2h; default: the hub&apos;s longest server lifetime, 48h on Fornax). The server is kept from idling out for as long, where it can keep itself alive.</source>
        <translation>Terminer la tâche après cette durée (p. ex. 90m, 2h&#xa0;; par défaut&#xa0;: la durée de vie maximale d&apos;un serveur sur le hub, 48h sur Fornax). Le serveur est protégé de l&apos;arrêt pour inactivité pendant ce temps, s&apos;il peut se maintenir actif lui-même.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>“run” needs one file to run, e.g. “run analysis.ipynb”.</source>
        <translation>«&#xa0;run&#xa0;» nécessite un fichier à exécuter, p. ex. «&#xa0;run analysis.ipynb&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a notebook (.ipynb), a Python script (.py) or a shell script (.sh).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un notebook (.ipynb), ni un script Python (.py), ni un script shell (.sh).</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be read.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>“%1” is larger than 16 MB; a job&apos;s file must be smaller (send data with --upload).</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 16 Mo&#xa0;; le fichier d&apos;une tâche doit être plus petit (envoyez les données avec --upload).</translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE with a Python name and a value on one line, not “%1”.</source>
        <translation>--param nécessite NOM=VALEUR, avec un nom Python et une valeur sur une seule ligne, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--param sets a notebook&apos;s parameters; “%1” is a script.</source>
        <translation>--param définit les paramètres d&apos;un notebook&#xa0;; «&#xa0;%1&#xa0;» est un script.</translation>
    </message>
    <message>
        <source>--max-time needs a duration such as 90m, 2h or 1h30m, not “%1”.</source>
        <translation>--max-time nécessite une durée comme 90m, 2h ou 1h30m, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--download needs --wait: the outputs exist only once the job has ended (later, use “job fetch ID OUT-FOLDER”).</source>
        <translation>--download nécessite --wait&#xa0;: les résultats n&apos;existent qu&apos;une fois la tâche terminée (plus tard, utilisez «&#xa0;job fetch ID DOSSIER-SORTIE&#xa0;»).</translation>
    </message>
    <message>
        <source>--upload: “%1” does not exist.</source>
        <translation>--upload&#xa0;: «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Starting your server first…</source>
        <translation>Démarrage préalable de votre serveur…</translation>
    </message>
    <message>
        <source>The server did not start. %1</source>
        <translation>Le serveur n&apos;a pas démarré. %1</translation>
    </message>
    <message>
        <source>Your server runs as “%1”, not “%2”. Stop it first (“fornax-desktop stop”) to run this job on a “%2” server, or leave out --profile.</source>
        <translation>Votre serveur tourne en «&#xa0;%1&#xa0;», pas en «&#xa0;%2&#xa0;». Arrêtez-le d&apos;abord («&#xa0;fornax-desktop stop&#xa0;») pour exécuter cette tâche sur un serveur «&#xa0;%2&#xa0;», ou omettez --profile.</translation>
    </message>
    <message>
        <source>The notebook&apos;s kernel “%1”</source>
        <translation>Le noyau «&#xa0;%1&#xa0;» du notebook</translation>
    </message>
    <message>
        <source>The kernel “%1”</source>
        <translation>Le noyau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not on your server. It has: %2. Choose one with --kernel.</source>
        <translation>%1 n&apos;est pas sur votre serveur. Il dispose de&#xa0;: %2. Choisissez-en un avec --kernel.</translation>
    </message>
    <message>
        <source>The hub would not give a token that may stop your server (%1), so --stop-when-done cannot work. Nothing was started.</source>
        <translation>Le hub refuse de fournir un jeton permettant d&apos;arrêter votre serveur (%1)&#xa0;: --stop-when-done ne peut donc pas fonctionner. Rien n&apos;a été lancé.</translation>
    </message>
    <message>
        <source>the permission was refused</source>
        <translation>l&apos;autorisation a été refusée</translation>
    </message>
    <message>
        <source>Fornax Desktop job %1 on %2: stops the server when the job ends</source>
        <translation>Tâche Fornax Desktop %1 sur %2&#xa0;: arrête le serveur à la fin de la tâche</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n input(s) to the server…</source>
        <translation>
            <numerusform>Copie de %n entrée vers le serveur…</numerusform>
            <numerusform>Copie de %n entrées vers le serveur…</numerusform>
        </translation>
    </message>
    <message>
        <source>The inputs could not be copied: %1 Nothing was started.</source>
        <translation>Les entrées n&apos;ont pas pu être copiées&#xa0;: %1 Rien n&apos;a été lancé.</translation>
    </message>
    <message>
        <source>Job %1 was made on the server but did not start within ten seconds; see “fornax-desktop job log %1”.</source>
        <translation>La tâche %1 a été créée sur le serveur mais n&apos;a pas démarré en dix secondes&#xa0;; voir «&#xa0;fornax-desktop job log %1&#xa0;».</translation>
    </message>
    <message>
        <source>Job %1 runs on your server (%2).</source>
        <translation>La tâche %1 tourne sur votre serveur (%2).</translation>
    </message>
    <message>
        <source>Your server keeps itself alive while the job runs (up to %1).</source>
        <translation>Votre serveur se maintient actif tant que la tâche tourne (jusqu&apos;à %1).</translation>
    </message>
    <message>
        <source>Your server has no keep-alive of its own: it may be stopped as idle while the job runs unless something keeps it busy. Use --wait (or keep the app open) to keep it alive from here.</source>
        <translation>Votre serveur n&apos;a pas de maintien en activité propre&#xa0;: il peut être arrêté pour inactivité pendant la tâche si rien ne l&apos;occupe. Utilisez --wait (ou gardez l&apos;application ouverte) pour le maintenir actif d&apos;ici.</translation>
    </message>
    <message>
        <source>The server stops by itself when the job ends and no other job runs.</source>
        <translation>Le serveur s&apos;arrête de lui-même quand la tâche se termine et qu&apos;aucune autre tâche ne tourne.</translation>
    </message>
    <message>
        <source>The job ended and your server stopped as asked (--stop-when-done).</source>
        <translation>La tâche est terminée et votre serveur s&apos;est arrêté comme demandé (--stop-when-done).</translation>
    </message>
    <message>
        <source>Job %1 is no longer on the server.</source>
        <translation>La tâche %1 n&apos;est plus sur le serveur.</translation>
    </message>
    <message>
        <source>Another job still runs on your server: it keeps running.</source>
        <translation>Une autre tâche tourne encore sur votre serveur&#xa0;: il reste en marche.</translation>
    </message>
    <message>
        <source>Your server was stopped (--stop-when-done).</source>
        <translation>Votre serveur a été arrêté (--stop-when-done).</translation>
    </message>
    <message>
        <source>The server could not be stopped: %1</source>
        <translation>Le serveur n&apos;a pas pu être arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The job goes on on your server; see it with “fornax-desktop jobs” (cancel it with “fornax-desktop job cancel %1”).</source>
        <translation>La tâche continue sur votre serveur&#xa0;; consultez-la avec «&#xa0;fornax-desktop jobs&#xa0;» (annulez-la avec «&#xa0;fornax-desktop job cancel %1&#xa0;»).</translation>
    </message>
    <message>
        <source>--download: “%1” is a file, not a folder.</source>
        <translation>--download&#xa0;: «&#xa0;%1&#xa0;» est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>--download: the folder “%1” cannot be written to.</source>
        <translation>--download&#xa0;: impossible d&apos;écrire dans le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--download: “%1” cannot be made: “%2” is a file, not a folder.</source>
        <translation>--download&#xa0;: impossible de créer «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>--download: “%1” cannot be made: the folder “%2” cannot be written to.</source>
        <translation>--download&#xa0;: impossible de créer «&#xa0;%1&#xa0;»&#xa0;: impossible d&apos;écrire dans le dossier «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The job&apos;s stop token could not be revoked (%1); it expires by itself at the job&apos;s time limit.</source>
        <translation>Le jeton d&apos;arrêt de la tâche n&apos;a pas pu être révoqué (%1)&#xa0;; il expire de lui-même à la limite de temps de la tâche.</translation>
    </message>
    <message>
        <source>Neither your server nor the hub answers (%1). The job may go on; see it later with “fornax-desktop jobs”.</source>
        <translation>Ni votre serveur ni le hub ne répondent (%1). La tâche peut continuer&#xa0;; consultez-la plus tard avec «&#xa0;fornax-desktop jobs&#xa0;».</translation>
    </message>
    <message>
        <source>The job&apos;s log could not be read; the job may go on. See it with “fornax-desktop job log %1”.</source>
        <translation>Le journal de la tâche n&apos;a pas pu être lu&#xa0;; la tâche peut continuer. Consultez-le avec «&#xa0;fornax-desktop job log %1&#xa0;».</translation>
    </message>
    <message>
        <source>Your server stopped during the job (culled, stopped elsewhere or out of memory); what the job wrote so far stays in fornax-jobs~/%1 on the server.</source>
        <translation>Votre serveur s&apos;est arrêté pendant la tâche (arrêt automatique, arrêt depuis ailleurs ou mémoire épuisée)&#xa0;; ce que la tâche a écrit jusqu&apos;ici reste dans fornax-jobs~/%1 sur le serveur.</translation>
    </message>
    <message>
        <source>Nothing was downloaded: the server is not running. Start it and use “fornax-desktop job fetch %1 OUT-FOLDER”.</source>
        <translation>Rien n&apos;a été téléchargé&#xa0;: le serveur n&apos;est pas en marche. Démarrez-le et utilisez «&#xa0;fornax-desktop job fetch %1 OUT-FOLDER&#xa0;».</translation>
    </message>
    <message>
        <source>Your server stopped as asked (--stop-when-done).</source>
        <translation>Votre serveur s&apos;est arrêté comme demandé (--stop-when-done).</translation>
    </message>
    <message>
        <source>Interrupted: nothing was started.</source>
        <translation>Interrompu&#xa0;: rien n&apos;a été lancé.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::StartCommand</name>
    <message>
        <source>Your server is already running at %1.</source>
        <translation>Votre serveur est déjà en marche à l’adresse %1.</translation>
    </message>
    <message>
        <source>Your server is ready at %1.</source>
        <translation>Votre serveur est prêt à l’adresse %1.</translation>
    </message>
    <message>
        <source>The server did not start. %1</source>
        <translation>Le serveur n’a pas démarré. %1</translation>
    </message>
    <message>
        <source>The hub is starting your server; “status” tells when it is ready.</source>
        <translation>Le hub démarre votre serveur&#xa0;; «&#xa0;status&#xa0;» indique quand il est prêt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This hub has no server size “%1”. Its sizes: %2. Choose one with --profile.</source>
        <translation>Ce hub n’a pas de taille de serveur «&#xa0;%1&#xa0;». Ses tailles&#xa0;: %2. Choisissez-en une avec --profile.</translation>
    </message>
    <message>
        <source>Start the server and wait until it is ready, showing progress.</source>
        <translation>Démarrer le serveur et attendre qu’il soit prêt, en affichant la progression.</translation>
    </message>
    <message>
        <source>The server size (profile slug, e.g. small). Default: the hub&apos;s default.</source>
        <translation>La taille du serveur (identifiant du profil, p. ex. small). Par défaut&#xa0;: celle du hub.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>A profile option, e.g. image=base. May be repeated.</source>
        <translation>Une option de profil, p. ex. image=base. Peut être répétée.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>CLÉ=VALEUR</translation>
    </message>
    <message>
        <source>--option needs KEY=VALUE, but got “%1”.</source>
        <translation>--option attend CLÉ=VALEUR, mais a reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--option needs --profile: options belong to a server size.</source>
        <translation>--option nécessite --profile&#xa0;: les options appartiennent à une taille de serveur.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::StatusCommand</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub:     %1 (JupyterHub %2)</source>
        <translation>Hub&#xa0;:          %1 (JupyterHub %2)</translation>
    </message>
    <message>
        <source>User:    %1</source>
        <translation>Utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>taille %1</translation>
    </message>
    <message>
        <source>Server:  %1</source>
        <translation>Serveur&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Démarré&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Active:  %1</source>
        <translation>Activité&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Show the server&apos;s state (stopped, starting, running) and size.</source>
        <translation>Afficher l’état du serveur (arrêté, en démarrage, en marche) et sa taille.</translation>
    </message>
    <message>
        <source>Resources not read: the hub would not make a token for your server.</source>
        <translation>Ressources non lues&#xa0;: le hub refuse de créer un jeton pour votre serveur.</translation>
    </message>
    <message>
        <source>Resources not read: the server did not answer.</source>
        <translation>Ressources non lues&#xa0;: le serveur n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Uses:    %1</source>
        <translation>Utilise&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fornax::cli::StopCommand</name>
    <message>
        <source>Your server is not running.</source>
        <translation>Votre serveur n’est pas en marche.</translation>
    </message>
    <message>
        <source>Your server is stopped.</source>
        <translation>Votre serveur est arrêté.</translation>
    </message>
    <message>
        <source>The server could not be stopped. %1</source>
        <translation>Le serveur n’a pas pu être arrêté. %1</translation>
    </message>
    <message>
        <source>The hub is stopping your server.</source>
        <translation>Le hub arrête votre serveur.</translation>
    </message>
    <message>
        <source>Stop the server and wait until it is gone.</source>
        <translation>Arrêter le serveur et attendre qu’il ait disparu.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::StorageCommand</name>
    <message>
        <source>Measure your home folder now and record it for the year&apos;s credits.</source>
        <translation>Mesurer votre dossier personnel maintenant et l&apos;enregistrer pour les crédits de l&apos;année.</translation>
    </message>
    <message>
        <source>Reads every folder of your home through your running server (never counted as using it), at most %1 folders and %2 seconds; a measure cut short is a lower bound (“at least”). Hidden files (names starting with a dot) and the scratch, s3-storage and shared-storage folders are not counted. The app measures by itself at most every %3 hours while it shows a running server.</source>
        <translation>Parcourt chaque dossier de votre dossier personnel via votre serveur en marche (jamais compté comme une utilisation), au plus %1 dossiers et %2 secondes&#xa0;; une mesure écourtée est une borne inférieure («&#xa0;au moins&#xa0;»). Les fichiers cachés (noms commençant par un point) et les dossiers scratch, s3-storage et shared-storage ne sont pas comptés. L&apos;application mesure d&apos;elle-même au plus toutes les %3 heures tant qu&apos;elle affiche un serveur en marche.</translation>
    </message>
    <message>
        <source>Your server is not running: the home folder is measured through it. Start it with “fornax-desktop start”, then run “fornax-desktop storage”.</source>
        <translation>Votre serveur n&apos;est pas en marche&#xa0;: le dossier personnel est mesuré par son intermédiaire. Démarrez-le avec «&#xa0;fornax-desktop start&#xa0;», puis lancez «&#xa0;fornax-desktop storage&#xa0;».</translation>
    </message>
    <message>
        <source>Stopped: the home folder was not measured.</source>
        <translation>Arrêté&#xa0;: le dossier personnel n&apos;a pas été mesuré.</translation>
    </message>
    <message>
        <source>The home folder could not be measured: %1</source>
        <translation>Le dossier personnel n&apos;a pas pu être mesuré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Home folder: %1</source>
        <translation>Dossier personnel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Storage:     %1 a month (%2)</source>
        <translation>Stockage&#xa0;:          %1 par mois (%2)</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>The measure could not be written to the usage record: %1</source>
        <translation>La mesure n&apos;a pas pu être écrite dans le relevé d&apos;utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Measuring your home folder…</source>
        <translation>Mesure de votre dossier personnel…</translation>
    </message>
</context>
<context>
    <name>fornax::cli::TransferCommand</name>
    <message>
        <source>Your server is not running. Start it with “fornax-desktop start” (or add --start) and try again.</source>
        <translation>Votre serveur n’est pas en marche. Démarrez-le avec «&#xa0;fornax-desktop start&#xa0;» (ou ajoutez --start) et réessayez.</translation>
    </message>
    <message>
        <source>Starting your server first…</source>
        <translation>Démarrage préalable de votre serveur…</translation>
    </message>
    <message>
        <source>The server did not start. %1</source>
        <translation>Le serveur n’a pas démarré. %1</translation>
    </message>
    <message>
        <source>Cancelling: removing the temporary files on your server…</source>
        <translation>Annulation&#xa0;: suppression des fichiers temporaires sur votre serveur…</translation>
    </message>
    <message>
        <source>  [o]verwrite, [s]kip, [k]eep both, skip if [i]dentical; capital letter: for all the rest [s]: </source>
        <translation>  [o] écraser, [s] ignorer, [k] garder les deux, [i] ignorer si identique&#xa0;; majuscule&#xa0;: pour tous les suivants [s]&#xa0;: </translation>
    </message>
    <message>
        <source>%1 of %2, %3/s, %4 left</source>
        <translation>%1 sur %2, %3/s, reste %4</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> (noms&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Ignorés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>SSH was not used, the transfer went through the hub instead: %1</source>
        <translation>SSH n’a pas été utilisé, le transfert est passé par le hub à la place&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) meet a folder of the same name (or the reverse); both are kept.</source>
        <translation>
            <numerusform>%n fichier rencontre un dossier du même nom (ou l’inverse)&#xa0;; les deux sont conservés.</numerusform>
            <numerusform>%n fichiers rencontrent un dossier du même nom (ou l’inverse)&#xa0;; les deux sont conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>These names exist already: %1. Nothing was copied. Say what to do with --on-conflict (overwrite, skip, keep-both or skip-identical); folders are merged either way.</source>
        <translation>Ces noms existent déjà&#xa0;: %1. Rien n’a été copié. Indiquez quoi faire avec --on-conflict (overwrite, skip, keep-both ou skip-identical)&#xa0;; les dossiers sont fusionnés dans tous les cas.</translation>
    </message>
    <message>
        <source>Folders that exist on both sides are merged; files that exist only at the destination are never deleted.</source>
        <translation>Les dossiers qui existent des deux côtés sont fusionnés&#xa0;; les fichiers qui n’existent qu’à la destination ne sont jamais supprimés.</translation>
    </message>
    <message numerus="yes">
        <source>a folder with %n file(s), %1</source>
        <translation>
            <numerusform>un dossier avec %n fichier, %1</numerusform>
            <numerusform>un dossier avec %n fichiers, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1” exists already (there: %2; new: %3).</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà (là-bas&#xa0;: %2&#xa0;; nouveau&#xa0;: %3).</translation>
    </message>
    <message>
        <source>  [s]kip, [k]eep both, [r]eplace; capital letter: for all the rest [s]: </source>
        <translation>  [s] ignorer, [k] garder les deux, [r] remplacer&#xa0;; majuscule&#xa0;: pour tous les suivants [s]&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in merged folders stayed as they were.</source>
        <translation>
            <numerusform>%n fichier des dossiers fusionnés est resté inchangé.</numerusform>
            <numerusform>%n fichiers des dossiers fusionnés sont restés inchangés.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was kept and the new one is “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» a été conservé et le nouveau s’appelle «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” was replaced; the old one is now “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» a été remplacé&#xa0;; l’ancien s’appelle maintenant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Not copied (never copied by this app): %1.</source>
        <translation>Non copié (cette application ne copie jamais cela)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your server stopped during the transfer, so the transfer did not finish. Start the server (“fornax-desktop start”, or add --start) and run the command again.</source>
        <translation>Votre serveur s’est arrêté pendant le transfert, qui n’a donc pas abouti. Démarrez le serveur (« fornax-desktop start », ou ajoutez --start) et relancez la commande.</translation>
    </message>
    <message>
        <source>What to do with files that exist already: ask (default on a terminal), overwrite, skip, keep-both or skip-identical (same size and time; with --verify also the same SHA-256). Folders that exist on both sides are always merged, file by file; files that exist only at the destination are never deleted. A file against a folder is asked about on a terminal and otherwise both are kept; its answer &quot;replace&quot; moves the old item to the trash (on this computer) or renames it &quot;NAME (replaced DATE)&quot; (on the server), never deletes it.</source>
        <translation>Que faire des fichiers qui existent déjà&#xa0;: ask (demander&#xa0;; par défaut dans un terminal), overwrite (écraser), skip (ignorer), keep-both (garder les deux) ou skip-identical (ignorer les identiques&#xa0;: même taille et même date&#xa0;; avec --verify, aussi le même SHA-256). Les dossiers qui existent des deux côtés sont toujours fusionnés, fichier par fichier&#xa0;; les fichiers qui n’existent qu’à la destination ne sont jamais supprimés. Pour un fichier face à un dossier, la question est posée dans un terminal, sinon les deux sont gardés&#xa0;; la réponse «&#xa0;replace&#xa0;» (remplacer) met l’ancien élément à la corbeille (sur cet ordinateur) ou le renomme «&#xa0;NAME (replaced DATE)&#xa0;» (sur le serveur), sans jamais le supprimer.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>Answer yes to questions (a large download&apos;s cost warning), for scripts. Never passes the monthly budget.</source>
        <translation>Répondre oui aux questions (l’avertissement de coût d’un gros téléchargement), pour les scripts. Ne dépasse jamais le budget mensuel.</translation>
    </message>
    <message>
        <source>Start the server first if it is not running.</source>
        <translation>Démarrer d’abord le serveur s’il n’est pas en marche.</translation>
    </message>
    <message>
        <source>Also compare a SHA-256 checksum of every file.</source>
        <translation>Comparer aussi une somme de contrôle SHA-256 de chaque fichier.</translation>
    </message>
    <message>
        <source>“%1” needs what to copy and, last, the folder to copy it into, e.g. “%1 %2”.</source>
        <translation>«&#xa0;%1&#xa0;» attend ce qu’il faut copier puis, en dernier, le dossier de destination, p. ex. «&#xa0;%1 %2&#xa0;».</translation>
    </message>
    <message>
        <source>--on-conflict must be ask, overwrite, skip, keep-both or skip-identical, not “%1”.</source>
        <translation>--on-conflict doit valoir ask, overwrite, skip, keep-both ou skip-identical, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Too late to cancel: everything is in place; removing the temporary files on your server…</source>
        <translation>Trop tard pour annuler : tout est en place ; suppression des fichiers temporaires sur votre serveur…</translation>
    </message>
    <message>
        <source>The input ended before every name had an answer, so nothing was copied. Run the command again and answer each question, or say what to do with --on-conflict.</source>
        <translation>L’entrée s’est terminée avant que chaque nom ait une réponse, donc rien n’a été copié. Relancez la commande et répondez à chaque question, ou indiquez quoi faire avec --on-conflict.</translation>
    </message>
    <message>
        <source>  Please answer s, k or r (or press Enter to skip).</source>
        <translation>  Répondez s, k ou r (ou appuyez sur Entrée pour ignorer).</translation>
    </message>
    <message>
        <source>  Please answer o, s, k or i (or press Enter to skip).</source>
        <translation>  Répondez o, s, k ou i (ou appuyez sur Entrée pour ignorer).</translation>
    </message>
    <message>
        <source>How the bytes travel: archive (one tar + zstd stream, packed or unpacked on the server) or direct (downloads: each file as it is, from /files). Chosen per transfer by default; --verbose says which and why.</source>
        <translation>Mode de transfert des octets&#xa0;: archive (un flux tar + zstd, empaqueté ou dépaqueté sur le serveur) ou direct (téléchargements&#xa0;: chaque fichier tel quel, depuis /files). Choisi par défaut pour chaque transfert&#xa0;; --verbose indique lequel et pourquoi.</translation>
    </message>
    <message>
        <source>WAY</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>--method must be archive or direct, not “%1”.</source>
        <translation>--method doit valoir archive ou direct, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>fornax::cli::UploadCommand</name>
    <message>
        <source>your home folder</source>
        <translation>votre dossier personnel</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1, into %2</source>
        <translation>
            <numerusform>%n fichier envoyé, %1, dans %2</numerusform>
            <numerusform>%n fichiers envoyés, %1, dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>LOCAL... REMOTE-FOLDER</source>
        <translation>LOCAL... DOSSIER-DISTANT</translation>
    </message>
    <message>
        <source>Copy local files and folders into a folder of the server.</source>
        <translation>Copier des fichiers et dossiers locaux dans un dossier du serveur.</translation>
    </message>
    <message>
        <source>Copies local files and folders into a folder of the server (relative to your home there; created when missing), packed as one archive.</source>
        <translation>Copie des fichiers et dossiers locaux dans un dossier du serveur (relatif à votre dossier personnel là-bas ; créé s’il manque), empaquetés en une archive.</translation>
    </message>
    <message>
        <source>results/ data.csv analysis</source>
        <translation>sorties/ mesures.csv analyse</translation>
    </message>
</context>
<context>
    <name>fornax::cli::UsageCommand</name>
    <message>
        <source>Usage in %1 (estimates; the hub&apos;s bill is the truth)</source>
        <translation>Utilisation en %1 (estimations ; seule la facture du hub fait foi)</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Rien d’enregistré.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hub : %1</translation>
    </message>
    <message>
        <source>  Servers:    %1 hours, %2</source>
        <translation>  Serveurs :  %1 heures, %2</translation>
    </message>
    <message>
        <source>  (%1 hours of sizes without a rate are not priced; add their rates in the app&apos;s Settings ▸ Rates and budget.)</source>
        <translation>  (%1 heures de tailles sans tarif ne sont pas chiffrées ; ajoutez leurs tarifs dans Paramètres ▸ Tarifs et budget de l’application.)</translation>
    </message>
    <message>
        <source>  Total:      %1</source>
        <translation>  Total :     %1</translation>
    </message>
    <message>
        <source>  Budget:     %1 a month, %2 left</source>
        <translation>  Budget :    %1 par mois, reste %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n file(s)</source>
        <translation>
            <numerusform>au moins %n fichier</numerusform>
            <numerusform>au moins %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>  Downloaded: %1 (%2), %3, %4</source>
        <translation>  Téléchargé&#xa0;: %1 (%2), %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n téléchargement</numerusform>
            <numerusform>%n téléchargements</numerusform>
        </translation>
    </message>
    <message>
        <source>    %1  %2  %3  %4</source>
        <translation>    %1  %2  %3  %4</translation>
    </message>
    <message>
        <source>Downloads and server hours this month (or --month) with estimated costs.</source>
        <translation>Téléchargements et heures de serveur de ce mois-ci (ou --month) avec coûts estimés.</translation>
    </message>
    <message>
        <source>Reads the usage record on this computer: it needs no hub and no sign-in. With --hub (or $FORNAX_HUB) it shows that hub only.</source>
        <translation>Lit le relevé d’utilisation de cet ordinateur&#xa0;: il ne faut ni hub ni connexion. Avec --hub (ou $FORNAX_HUB), seul ce hub est affiché.</translation>
    </message>
    <message>
        <source>The month to show (default: this month).</source>
        <translation>Le mois à afficher (par défaut : ce mois-ci).</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>--month needs a month as YYYY-MM, e.g. 2026-03, but got “%1”.</source>
        <translation>--month attend un mois au format AAAA-MM, par ex. 2026-03, mais a reçu « %1 ».</translation>
    </message>
    <message>
        <source>    job %1  %2  %3</source>
        <translation>    tâche %1  %2  %3</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>running, or its end not seen yet</source>
        <translation>en cours, ou fin pas encore constatée</translation>
    </message>
    <message>
        <source>stopping the server at its end saved about %1</source>
        <translation>l&apos;arrêt du serveur à la fin a économisé environ %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::ConflictsDialog</name>
    <message>
        <source>&amp;Apply to all</source>
        <translation>&amp;Appliquer à tous</translation>
    </message>
    <message>
        <source>Some names exist already</source>
        <translation>Certains noms existent déjà</translation>
    </message>
    <message>
        <source>your home folder on your server</source>
        <translation>votre dossier personnel sur votre serveur</translation>
    </message>
    <message>
        <source>“%1” on your server</source>
        <translation>«&#xa0;%1&#xa0;» sur votre serveur</translation>
    </message>
    <message>
        <source>“%1” on this computer</source>
        <translation>«&#xa0;%1&#xa0;» sur cet ordinateur</translation>
    </message>
    <message>
        <source>On your server</source>
        <translation>Sur votre serveur</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>From this computer</source>
        <translation>Depuis cet ordinateur</translation>
    </message>
    <message>
        <source>From your server</source>
        <translation>Depuis votre serveur</translation>
    </message>
    <message>
        <source>Names that exist already</source>
        <translation>Noms qui existent déjà</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Un dossier</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Un fichier</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>What to do with “%1”</source>
        <translation>Action pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>For &amp;all names:</source>
        <translation>Pour &amp;tous les noms&#xa0;:</translation>
    </message>
    <message>
        <source>What to do with all names</source>
        <translation>Action pour tous les noms</translation>
    </message>
    <message>
        <source>Apply this choice to every name</source>
        <translation>Appliquer ce choix à chaque nom</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Continue the transfer with these choices</source>
        <translation>Poursuivre le transfert avec ces choix</translation>
    </message>
    <message>
        <source>&amp;Cancel transfer</source>
        <translation>A&amp;nnuler le transfert</translation>
    </message>
    <message>
        <source>Cancel the transfer; nothing is changed</source>
        <translation>Annuler le transfert&#xa0;; rien n’est modifié</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message numerus="yes">
        <source>folder, %n file(s), %1</source>
        <translation>
            <numerusform>dossier, %n fichier, %1</numerusform>
            <numerusform>dossier, %n fichiers, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of “%1” already exist in %2. Choose what to do with each; nothing is changed until you continue, and Cancel stops the whole transfer. Folders that exist on both sides are merged: files that exist only there are never deleted.</source>
        <translation>
            <numerusform>%n élément de «&#xa0;%1&#xa0;» existe déjà dans %2. Choisissez quoi faire pour chacun&#xa0;; rien n’est modifié tant que vous ne continuez pas, et Annuler arrête tout le transfert. Les dossiers qui existent des deux côtés sont fusionnés&#xa0;: les fichiers qui n’existent que là-bas ne sont jamais supprimés.</numerusform>
            <numerusform>%n éléments de «&#xa0;%1&#xa0;» existent déjà dans %2. Choisissez quoi faire pour chacun&#xa0;; rien n’est modifié tant que vous ne continuez pas, et Annuler arrête tout le transfert. Les dossiers qui existent des deux côtés sont fusionnés&#xa0;: les fichiers qui n’existent que là-bas ne sont jamais supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder here, a file from the other side</source>
        <translation>Ici un dossier, de l’autre côté un fichier</translation>
    </message>
    <message>
        <source>A file here, a folder from the other side</source>
        <translation>Ici un fichier, de l’autre côté un dossier</translation>
    </message>
</context>
<context>
    <name>fornax::ui::DownloadApproval</name>
    <message>
        <source>Save download</source>
        <translation>Enregistrer le téléchargement</translation>
    </message>
</context>
<context>
    <name>fornax::ui::DropZone</name>
    <message>
        <source>Drop zone</source>
        <translation>Zone de dépôt</translation>
    </message>
    <message>
        <source>Drop to upload to %1</source>
        <translation>Déposez ici pour envoyer vers %1</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>votre dossier personnel</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>fornax::ui::EgressDialog</name>
    <message>
        <source>about %1 %2</source>
        <translation>environ %1 %2</translation>
    </message>
    <message>
        <source>What this download costs</source>
        <translation>Ce que coûte ce téléchargement</translation>
    </message>
    <message>
        <source>unknown until the download starts</source>
        <translation>inconnue jusqu’au début du téléchargement</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (estimation)</translation>
    </message>
    <message>
        <source>cannot be estimated without the size</source>
        <translation>impossible à estimer sans la taille</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>Estimated cost:</source>
        <translation>Coût estimé :</translation>
    </message>
    <message>
        <source>Estimated cost this month so far</source>
        <translation>Coût estimé depuis le début du mois</translation>
    </message>
    <message>
        <source>This month so far:</source>
        <translation>Depuis le début du mois :</translation>
    </message>
    <message>
        <source>%1 a month, %2 left</source>
        <translation>%1 par mois, reste %2</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget :</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>&amp;Rates and budget…</source>
        <translation>&amp;Tarifs et budget…</translation>
    </message>
    <message>
        <source>&amp;Download anyway</source>
        <translation>&amp;Télécharger quand même</translation>
    </message>
</context>
<context>
    <name>fornax::ui::GuiApplication</name>
    <message>
        <source>The server could not be stopped. %1</source>
        <translation>Le serveur n’a pas pu être arrêté. %1</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Files on your server</source>
        <translation>Fichiers sur votre serveur</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Run as job…</source>
        <translation>Lancer comme tâche…</translation>
    </message>
</context>
<context>
    <name>fornax::ui::HomePage</name>
    <message>
        <source>Last session</source>
        <translation>Dernière session</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Dossier personnel</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Cette session</translation>
    </message>
    <message>
        <source>When idle</source>
        <translation>Si inactif</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Limite de durée</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restants</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Your server</source>
        <translation>Votre serveur</translation>
    </message>
    <message>
        <source>Credits this year</source>
        <translation>Crédits de l&apos;année</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>&amp;Start my server…</source>
        <translation>&amp;Démarrer mon serveur…</translation>
    </message>
    <message>
        <source>&amp;Open JupyterLab</source>
        <translation>&amp;Ouvrir JupyterLab</translation>
    </message>
    <message>
        <source>S&amp;top my server</source>
        <translation>A&amp;rrêter mon serveur</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>&amp;Transferts</translation>
    </message>
    <message>
        <source>&amp;Usage and costs</source>
        <translation>&amp;Utilisation et coûts</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>No transfers running.</source>
        <translation>Aucun transfert en cours.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Dossier personnel</translation>
    </message>
</context>
<context>
    <name>fornax::ui::JobsController</name>
    <message>
        <source>Your server is not running: its jobs can be read once it runs.</source>
        <translation>Votre serveur n&apos;est pas en marche&#xa0;: ses tâches pourront être lues une fois qu&apos;il sera en marche.</translation>
    </message>
    <message>
        <source>Your server is not running: the jobs are shown as they were last seen.</source>
        <translation>Votre serveur n&apos;est pas en marche&#xa0;: les tâches sont affichées telles qu&apos;elles ont été vues la dernière fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Your server is not running. Start it, then run the job.</source>
        <translation>Votre serveur n&apos;est pas en marche. Démarrez-le, puis lancez la tâche.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, too large to be sent with a job. Nothing was started.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2&#xa0;Mo, trop volumineux pour être envoyé avec une tâche. Rien n&apos;a été lancé.</translation>
    </message>
    <message>
        <source>“%1” could not be read from your server (%2). Nothing was started.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu depuis votre serveur (%2). Rien n&apos;a été lancé.</translation>
    </message>
    <message>
        <source>Run a notebook or script as a job</source>
        <translation>Lancer un notebook ou un script comme tâche</translation>
    </message>
    <message>
        <source>Notebooks and scripts (*.ipynb *.py *.sh)</source>
        <translation>Notebooks et scripts (*.ipynb *.py *.sh)</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2. Nothing was started.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2. Rien n&apos;a été lancé.</translation>
    </message>
    <message>
        <source>“%1” is not a notebook (.ipynb) or a script (.py, .sh): it cannot run as a job.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un notebook (.ipynb) ni un script (.py, .sh)&#xa0;: il ne peut pas être lancé comme tâche.</translation>
    </message>
    <message>
        <source>Starting “%1” on your server…</source>
        <translation>Démarrage de «&#xa0;%1&#xa0;» sur votre serveur…</translation>
    </message>
    <message>
        <source>The hub would not give a token that may stop your server (%1), so “Stop the server when the job ends” cannot work. Nothing was started.</source>
        <translation>Le hub n&apos;a pas fourni de jeton permettant d&apos;arrêter votre serveur (%1)&#xa0;: «&#xa0;Arrêter le serveur à la fin de la tâche&#xa0;» ne peut donc pas fonctionner. Rien n&apos;a été lancé.</translation>
    </message>
    <message>
        <source>the permission was refused</source>
        <translation>l&apos;autorisation a été refusée</translation>
    </message>
    <message>
        <source>Fornax Desktop job %1 on %2: stops the server when the job ends</source>
        <translation>Tâche Fornax Desktop %1 sur %2&#xa0;: arrête le serveur à la fin de la tâche</translation>
    </message>
    <message>
        <source>Job “%1” was made on your server but has not started yet.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» a été créée sur votre serveur mais n&apos;a pas encore démarré.</translation>
    </message>
    <message>
        <source>Job “%1” runs on your server. You may close the app: it goes on.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» s&apos;exécute sur votre serveur. Vous pouvez fermer l&apos;application&#xa0;: elle continue.</translation>
    </message>
    <message>
        <source>Download the outputs of job %1 into</source>
        <translation>Télécharger les sorties de la tâche %1 dans</translation>
    </message>
    <message>
        <source>Your server is not running, so the job is not running either.</source>
        <translation>Votre serveur n&apos;est pas en marche, la tâche ne s&apos;exécute donc pas non plus.</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Cancel job “%1”? Everything it runs on the server is ended; what it wrote so far stays in its folder.</source>
        <translation>Annuler la tâche «&#xa0;%1&#xa0;»&#xa0;? Tout ce qu&apos;elle exécute sur le serveur est arrêté&#xa0;; ce qu&apos;elle a écrit jusqu&apos;ici reste dans son dossier.</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>La laisser continuer</translation>
    </message>
    <message>
        <source>Cancelling “%1”…</source>
        <translation>Annulation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>“%1” could not be cancelled: %2</source>
        <translation>Impossible d&apos;annuler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Job “%1” was cancelled.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» a été annulée.</translation>
    </message>
    <message>
        <source>It ended and stopped your server, as you asked. How it ended is shown once the server runs again.</source>
        <translation>Elle s&apos;est terminée et a arrêté votre serveur, comme vous l&apos;aviez demandé. Son issue s&apos;affichera quand le serveur sera de nouveau en marche.</translation>
    </message>
    <message>
        <source>It ran for %1.</source>
        <translation>Elle a duré %1.</translation>
    </message>
    <message>
        <source>It stopped with exit code %1 after %2; the end of its log is in the Jobs panel.</source>
        <translation>Elle s&apos;est arrêtée avec le code de sortie %1 après %2&#xa0;; la fin de son journal se trouve dans le panneau Tâches.</translation>
    </message>
    <message>
        <source>It ended: %1.</source>
        <translation>Elle s&apos;est terminée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your server was stopped, as you asked.</source>
        <translation>Votre serveur a été arrêté, comme vous l&apos;aviez demandé.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::JobsPanel</name>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Lancer…</translation>
    </message>
    <message>
        <source>&amp;Open output</source>
        <translation>&amp;Ouvrir la sortie</translation>
    </message>
    <message>
        <source>&amp;Download outputs…</source>
        <translation>&amp;Télécharger les sorties…</translation>
    </message>
    <message>
        <source>&amp;Cancel job…</source>
        <translation>&amp;Annuler la tâche…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Jobs on your server</source>
        <translation>Tâches sur votre serveur</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Coût jusqu&apos;ici</translation>
    </message>
    <message>
        <source>End of the selected job&apos;s log</source>
        <translation>Fin du journal de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Select a job to see the end of its log.</source>
        <translation>Sélectionnez une tâche pour voir la fin de son journal.</translation>
    </message>
    <message>
        <source>Run a notebook or script as a job</source>
        <translation>Lancer un notebook ou un script comme tâche</translation>
    </message>
    <message>
        <source>Run a notebook or script from this computer as a job (or drop one here). To run one that is on your server, use “Run as job…” in Files on your server.</source>
        <translation>Lancer comme tâche un notebook ou un script de cet ordinateur (ou déposez-en un ici). Pour en lancer un qui se trouve sur votre serveur, utilisez «&#xa0;Lancer comme tâche…&#xa0;» dans Fichiers sur votre serveur.</translation>
    </message>
    <message>
        <source>Open the selected job&apos;s output</source>
        <translation>Ouvrir la sortie de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Download the selected job&apos;s outputs</source>
        <translation>Télécharger les sorties de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Annuler la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Refresh the list of jobs</source>
        <translation>Actualiser la liste des tâches</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>This job stopped your server when it ended: that saved %1 of idle time before the hub would have stopped it.</source>
        <translation>Cette tâche a arrêté votre serveur à sa fin&#xa0;: cela a économisé %1 de temps d&apos;inactivité avant que le hub ne l&apos;arrête.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::LabPage</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The page tried to open a link of the kind “%1:” outside the app. It was not opened: only web (https, http) and e-mail (mailto) links leave the app.</source>
        <translation>La page a tenté d’ouvrir un lien de type «&#xa0;%1:&#xa0;» hors de l’application. Il n’a pas été ouvert&#xa0;: seuls les liens web (https, http) et de courriel (mailto) sortent de l’application.</translation>
    </message>
    <message>
        <source>The page tried to open an empty new window. It was not opened: windows open only for a link&apos;s address.</source>
        <translation>La page a tenté d’ouvrir une nouvelle fenêtre vide. Elle n’a pas été ouverte&#xa0;: les fenêtres ne s’ouvrent que pour l’adresse d’un lien.</translation>
    </message>
    <message>
        <source>The page tried to open %1 in a new window by itself, without a click. It was not opened; click the link if you want it.</source>
        <translation>La page a tenté d’ouvrir %1 dans une nouvelle fenêtre d’elle-même, sans clic. Elle n’a pas été ouverte&#xa0;; cliquez sur le lien si vous le souhaitez.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::LabView</name>
    <message>
        <source>JupyterLab</source>
        <translation>JupyterLab</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>The JupyterLab page stopped working. Your server and your notebooks are fine; reload the page to carry on.</source>
        <translation>La page JupyterLab a cessé de fonctionner. Votre serveur et vos notebooks vont bien&#xa0;; rechargez la page pour continuer.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::MainWindow</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Sign in with an API &amp;token…</source>
        <translation>Se connecter avec un &amp;jeton d’API…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Fornax Desktop</source>
        <translation>À &amp;propos de Fornax Desktop</translation>
    </message>
    <message>
        <source>About Fornax Desktop</source>
        <translation>À propos de Fornax Desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fornax Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop client for the Fornax Science Console and any JupyterHub.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fornax Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un client de bureau pour la Fornax Science Console et tout JupyterHub.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to Fornax Desktop</source>
        <translation>Bienvenue dans Fornax Desktop</translation>
    </message>
    <message>
        <source>Sign in to the hub</source>
        <translation>Se connecter au hub</translation>
    </message>
    <message>
        <source>Check the hub again</source>
        <translation>Vérifier de nouveau le hub</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checking the hub at %1 …</source>
        <translation>Vérification du hub à l’adresse %1…</translation>
    </message>
    <message>
        <source>JupyterHub %1 is ready. Sign in to start your server.</source>
        <translation>JupyterHub %1 est prêt. Connectez-vous pour démarrer votre serveur.</translation>
    </message>
    <message>
        <source>Start Fornax Desktop at &amp;login</source>
        <translation>Lancer Fornax Desktop à l’&amp;ouverture de session</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Fornax Desktop.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Fornax Desktop.</translation>
    </message>
    <message>
        <source>&amp;Usage and costs…</source>
        <translation>&amp;Utilisation et coûts…</translation>
    </message>
    <message>
        <source>&amp;Rates and budget…</source>
        <translation>&amp;Tarifs et budget…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>SS&amp;H access…</source>
        <translation>Accès SS&amp;H…</translation>
    </message>
    <message>
        <source>&amp;Keep the server running while transfers run</source>
        <translation>&amp;Garder le serveur en marche pendant les transferts</translation>
    </message>
    <message>
        <source>A hub may stop a server it thinks is idle, and a long upload or download looks idle to some hubs. While one runs, Fornax Desktop keeps the server running, for no longer than the transfer needs.</source>
        <translation>Un hub peut arrêter un serveur qu’il juge inactif, et un long envoi ou téléchargement paraît inactif à certains hubs. Pendant un transfert, Fornax Desktop garde le serveur en marche, pas plus longtemps que le transfert ne l’exige.</translation>
    </message>
    <message>
        <source>S&amp;top my server</source>
        <translation>&amp;Arrêter mon serveur</translation>
    </message>
    <message>
        <source>&amp;Keep it running for an hour</source>
        <translation>Le &amp;garder en marche une heure</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Stop my server</source>
        <translation>Arrêter mon serveur</translation>
    </message>
    <message>
        <source>Keep my server running for an hour</source>
        <translation>Garder mon serveur en marche une heure</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Notifications…</translation>
    </message>
</context>
<context>
    <name>fornax::ui::NotificationSettingsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Fornax Desktop tells you about these through your desktop&apos;s notifications (or the tray icon where there is none):</source>
        <translation>Fornax Desktop vous prévient de ces événements par les notifications de votre bureau (ou par l&apos;icône de la zone de notification à défaut)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server ready</source>
        <translation>&amp;Serveur prêt</translation>
    </message>
    <message>
        <source>When a server you started is ready and you are elsewhere</source>
        <translation>Quand un serveur que vous avez démarré est prêt et que vous êtes ailleurs</translation>
    </message>
    <message>
        <source>&amp;Job ended</source>
        <translation>&amp;Tâche terminée</translation>
    </message>
    <message>
        <source>When a job on your server finishes or fails</source>
        <translation>Quand une tâche sur votre serveur se termine ou échoue</translation>
    </message>
    <message>
        <source>&amp;Idle stop in 2 minutes</source>
        <translation>Arrêt pour &amp;inactivité dans 2 minutes</translation>
    </message>
    <message>
        <source>Two minutes before the hub stops an idle server, with “Keep alive 1 h”</source>
        <translation>Deux minutes avant que le hub n&apos;arrête un serveur inactif, avec «&#xa0;Garder actif 1 h&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Time limit within the hour</source>
        <translation>&amp;Limite de durée dans l&apos;heure</translation>
    </message>
    <message>
        <source>One hour before the hub&apos;s time limit stops your server</source>
        <translation>Une heure avant que la limite de durée du hub n&apos;arrête votre serveur</translation>
    </message>
    <message>
        <source>Server stopped &amp;unexpectedly</source>
        <translation>Arrêt i&amp;nattendu du serveur</translation>
    </message>
    <message>
        <source>When your server stops without you asking, and why</source>
        <translation>Quand votre serveur s&apos;arrête sans que vous l&apos;ayez demandé, et pourquoi</translation>
    </message>
    <message>
        <source>&amp;Long transfer done</source>
        <translation>Trans&amp;fert long terminé</translation>
    </message>
    <message>
        <source>When an upload or download of 30 seconds or more ends while you are elsewhere</source>
        <translation>Quand un envoi ou un téléchargement de 30 secondes ou plus se termine alors que vous êtes ailleurs</translation>
    </message>
    <message>
        <source>&amp;Credits at 50, 80, 100 %</source>
        <translation>&amp;Crédits à 50, 80, 100&#xa0;%</translation>
    </message>
    <message>
        <source>When this year&apos;s credits or this month&apos;s budget reach 50, 80 or 100 % (once each)</source>
        <translation>Quand les crédits de cette année ou le budget de ce mois atteignent 50, 80 ou 100&#xa0;% (une fois chacun)</translation>
    </message>
</context>
<context>
    <name>fornax::ui::ProfilePicker</name>
    <message>
        <source>&amp;Start server</source>
        <translation>&amp;Démarrer le serveur</translation>
    </message>
    <message>
        <source>Choose a server size</source>
        <translation>Choisissez une taille de serveur</translation>
    </message>
    <message>
        <source>Use the smallest size to write and test your code; larger sizes cost more for every hour they run, so keep them for full runs. A server stops by itself after a while without activity.</source>
        <translation>Utilisez la plus petite taille pour écrire et tester votre code&#xa0;; les tailles plus grandes coûtent plus cher pour chaque heure de fonctionnement, gardez-les donc pour les exécutions complètes. Un serveur s’arrête de lui-même après un moment sans activité.</translation>
    </message>
    <message>
        <source>Start a server of the chosen size</source>
        <translation>Démarrer un serveur de la taille choisie</translation>
    </message>
    <message>
        <source>%1 CPU</source>
        <translation>%1 CPU</translation>
    </message>
    <message>
        <source>%1 GB memory</source>
        <translation>%1 Go de mémoire</translation>
    </message>
    <message>
        <source>needs permission</source>
        <translation>nécessite une autorisation</translation>
    </message>
    <message>
        <source>Custom value</source>
        <translation>Valeur personnalisée</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Enter a value for “%1”, or pick one from the list.</source>
        <translation>Saisissez une valeur pour «&#xa0;%1&#xa0;» ou choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>It costs %1, about %2 for a working day of 8 hours.</source>
        <translation>Il coûte %1, environ %2 pour une journée de travail de 8 heures.</translation>
    </message>
    <message>
        <source>It costs far more per hour than the smaller sizes.</source>
        <translation>Il coûte bien plus cher par heure que les tailles plus petites.</translation>
    </message>
    <message>
        <source>Start a %1 server?</source>
        <translation>Démarrer un serveur %1&#xa0;?</translation>
    </message>
    <message>
        <source>The %1 size may only be used with permission from the hub&apos;s administrators. %2 Start it only if you have that permission and your work needs it.</source>
        <translation>La taille %1 ne peut être utilisée qu’avec l’autorisation des administrateurs du hub. %2 Ne le démarrez que si vous avez cette autorisation et que votre travail l’exige.</translation>
    </message>
    <message>
        <source>I have permission, &amp;start it</source>
        <translation>J’ai l’autorisation, le &amp;démarrer</translation>
    </message>
    <message>
        <source>Where the rates come from</source>
        <translation>D’où viennent les tarifs</translation>
    </message>
    <message>
        <source>Hourly rates: %1.</source>
        <translation>Tarifs horaires&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your yearly allotment: %1 (%2).</source>
        <translation>Votre dotation annuelle&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>What your last sessions used</source>
        <translation>Ce qu&apos;ont utilisé vos dernières sessions</translation>
    </message>
</context>
<context>
    <name>fornax::ui::QuitFlow</name>
    <message numerus="yes">
        <source>The hub did not confirm within %n second(s) that your server stopped.</source>
        <translation>
            <numerusform>Le hub n’a pas confirmé dans un délai de %n seconde que votre serveur s’est arrêté.</numerusform>
            <numerusform>Le hub n’a pas confirmé dans un délai de %n secondes que votre serveur s’est arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fornax Desktop is still running</source>
        <translation>Fornax Desktop est toujours en marche</translation>
    </message>
    <message>
        <source>Your server keeps running. Stop it, or quit, from this icon.</source>
        <translation>Votre serveur reste en marche. Arrêtez-le, ou quittez, depuis cette icône.</translation>
    </message>
    <message>
        <source>Your server keeps costing money while it runs, even when this app is closed. Stop it before quitting?</source>
        <translation>Votre serveur continue de coûter de l’argent tant qu’il est en marche, même lorsque cette application est fermée. L’arrêter avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Transfers still running are cancelled.</source>
        <translation>Les transferts encore en cours sont annulés.</translation>
    </message>
    <message>
        <source>Your server is still running</source>
        <translation>Votre serveur est toujours en marche</translation>
    </message>
    <message>
        <source>&amp;Stop server and quit</source>
        <translation>&amp;Arrêter le serveur et quitter</translation>
    </message>
    <message>
        <source>&amp;Quit and leave it running</source>
        <translation>Quitter et le &amp;laisser en marche</translation>
    </message>
    <message>
        <source>Stopping your server before quitting…</source>
        <translation>Arrêt de votre serveur avant de quitter…</translation>
    </message>
    <message>
        <source>&amp;Quit now</source>
        <translation>&amp;Quitter maintenant</translation>
    </message>
    <message>
        <source>Quitting Fornax Desktop</source>
        <translation>Fermeture de Fornax Desktop</translation>
    </message>
    <message>
        <source>Your server may still be running</source>
        <translation>Votre serveur est peut-être encore en marche</translation>
    </message>
    <message>
        <source>%1 Fornax Desktop quits now; your server may still be running and costing money. Check it on the hub&apos;s page (%2) or with “fornax-desktop status”.</source>
        <translation>%1 Fornax Desktop se ferme maintenant&#xa0;; votre serveur est peut-être encore en marche et coûte de l’argent. Vérifiez-le sur la page du hub (%2) ou avec «&#xa0;fornax-desktop status&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RateCardDialog</name>
    <message>
        <source>Price per GB downloaded</source>
        <translation>Prix par Go téléchargé</translation>
    </message>
    <message>
        <source>Set a monthly &amp;budget</source>
        <translation>Fixer un &amp;budget mensuel</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
    </message>
    <message>
        <source>Rates and budget — %1</source>
        <translation>Tarifs et budget — %1</translation>
    </message>
    <message>
        <source>What %1 charges, used for every cost estimate in the app. Check the figures against your hub&apos;s own price list; the hub&apos;s bill is what counts.</source>
        <translation>Ce que facture %1, utilisé pour chaque estimation de coût de l’application. Vérifiez les chiffres avec la grille tarifaire de votre hub ; seule sa facture fait foi.</translation>
    </message>
    <message>
        <source>Unit of all prices</source>
        <translation>Unité de tous les prix</translation>
    </message>
    <message>
        <source>Ask before downloads larger than, in MB</source>
        <translation>Demander avant les téléchargements de plus de, en Mo</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Price per hour of each server size</source>
        <translation>Prix horaire de chaque taille de serveur</translation>
    </message>
    <message>
        <source>Server size</source>
        <translation>Taille du serveur</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Add size</source>
        <translation>&amp;Ajouter une taille</translation>
    </message>
    <message>
        <source>Re&amp;move size</source>
        <translation>&amp;Retirer la taille</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>Price per &amp;GB downloaded:</source>
        <translation>Prix par &amp;Go téléchargé :</translation>
    </message>
    <message>
        <source>Price per &amp;hour:</source>
        <translation>Prix par &amp;heure :</translation>
    </message>
    <message>
        <source>Ask before downloads &amp;larger than:</source>
        <translation>Demander avant les téléchargements de &amp;plus de :</translation>
    </message>
    <message>
        <source>edited by you on %1</source>
        <translation>modifié par vous le %1</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>Prix par heure</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RemoteBrowser</name>
    <message>
        <source>Files on your server</source>
        <translation>Fichiers sur votre serveur</translation>
    </message>
    <message>
        <source>File actions</source>
        <translation>Actions sur les fichiers</translation>
    </message>
    <message>
        <source>Location on your server</source>
        <translation>Emplacement sur votre serveur</translation>
    </message>
    <message>
        <source>Your server is not running. Start it to see your files; files you drop here are uploaded once it runs.</source>
        <translation>Votre serveur n’est pas en marche. Démarrez-le pour voir vos fichiers&#xa0;; les fichiers que vous déposez ici seront envoyés dès qu’il sera en marche.</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Démarrer le serveur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Dossier personnel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This folder is empty. Drop files here to upload them.</source>
        <translation>Ce dossier est vide. Déposez des fichiers ici pour les envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>%n élément supprimé.</numerusform>
            <numerusform>%n éléments supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the folder “%1”.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» a été créé.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Go to your home folder</source>
        <translation>Aller à votre dossier personnel</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder in your home folder:</source>
        <translation>Nom du nouveau dossier dans votre dossier personnel&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Nom du nouveau dossier dans «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Download “%1” to</source>
        <translation>Télécharger «&#xa0;%1&#xa0;» dans</translation>
    </message>
    <message numerus="yes">
        <source>Download %n item(s) to</source>
        <translation>
            <numerusform>Télécharger %n élément dans</numerusform>
            <numerusform>Télécharger %n éléments dans</numerusform>
        </translation>
    </message>
    <message>
        <source>Download here</source>
        <translation>Télécharger ici</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and everything in it from your server?</source>
        <translation>Supprimer de votre serveur le dossier «&#xa0;%1&#xa0;» et tout son contenu&#xa0;?</translation>
    </message>
    <message>
        <source>Delete “%1” from your server?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de votre serveur&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n item(s) from your server?</source>
        <translation>
            <numerusform>Supprimer %n élément de votre serveur&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n éléments de votre serveur&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders are deleted with everything in them.</source>
        <translation>Les dossiers sont supprimés avec tout leur contenu.</translation>
    </message>
    <message>
        <source>Delete from your server</source>
        <translation>Supprimer de votre serveur</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>The items dragged out could not be downloaded: %1</source>
        <translation>Les éléments glissés hors de la fenêtre n’ont pas pu être téléchargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Drop to upload into your home folder</source>
        <translation>Déposez pour envoyer dans votre dossier personnel</translation>
    </message>
    <message>
        <source>Drop to upload into “%1”</source>
        <translation>Déposez pour envoyer dans «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RemoteFileModel</name>
    <message>
        <source>Folder %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RemoteMimeData</name>
    <message>
        <source>The folder for the download could not be created: %1</source>
        <translation>Le dossier du téléchargement n’a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dragging files out is not available.</source>
        <translation>Le glisser-déposer de fichiers vers l’extérieur n’est pas disponible.</translation>
    </message>
    <message>
        <source>The download ended, but none of the items arrived.</source>
        <translation>Le téléchargement est terminé, mais aucun des éléments n’est arrivé.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RunJobDialog</name>
    <message>
        <source>&amp;Stop the server when the job ends</source>
        <translation>&amp;Arrêter le serveur à la fin de la tâche</translation>
    </message>
    <message>
        <source>Run as a job</source>
        <translation>Lancer comme tâche</translation>
    </message>
    <message>
        <source>Run “%1” on your server. It goes on running when you close the app; its log, outputs and executed notebook stay in its job folder.</source>
        <translation>Lancer «&#xa0;%1&#xa0;» sur votre serveur. Il continue de s&apos;exécuter quand vous fermez l&apos;application&#xa0;; son journal, ses sorties et le notebook exécuté restent dans son dossier de tâche.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Reading your server&apos;s kernels…</source>
        <translation>Lecture des noyaux de votre serveur…</translation>
    </message>
    <message>
        <source>Stop the server when the job ends</source>
        <translation>Arrêter le serveur à la fin de la tâche</translation>
    </message>
    <message>
        <source>When the job ends and no other job runs, the server stops itself, even if this computer sleeps or the app is closed.</source>
        <translation>Quand la tâche se termine et qu&apos;aucune autre tâche n&apos;est en cours, le serveur s&apos;arrête de lui-même, même si cet ordinateur est en veille ou si l&apos;application est fermée.</translation>
    </message>
    <message>
        <source>Longest run time in hours</source>
        <translation>Durée d&apos;exécution maximale en heures</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>&amp;Noyau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End it after:</source>
        <translation>&amp;Terminer après&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Your server offers no kernels: a notebook cannot run there.</source>
        <translation>Votre serveur ne propose aucun noyau&#xa0;: un notebook ne peut pas s&apos;y exécuter.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::ServerPanel</name>
    <message>
        <source>&amp;Start my server</source>
        <translation>&amp;Démarrer mon serveur</translation>
    </message>
    <message>
        <source>S&amp;top my server</source>
        <translation>A&amp;rrêter mon serveur</translation>
    </message>
    <message>
        <source>Server start progress</source>
        <translation>Progression du démarrage du serveur</translation>
    </message>
    <message>
        <source>Start my server</source>
        <translation>Démarrer mon serveur</translation>
    </message>
    <message>
        <source>Stop my server</source>
        <translation>Arrêter mon serveur</translation>
    </message>
    <message>
        <source>Your server: %1</source>
        <translation>Votre serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Taille&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel start</source>
        <translation>&amp;Annuler le démarrage</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>Why the server is kept running</source>
        <translation>Pourquoi le serveur est maintenu en marche</translation>
    </message>
</context>
<context>
    <name>fornax::ui::ServerPresenter</name>
    <message>
        <source>Fornax Desktop</source>
        <translation>Fornax Desktop</translation>
    </message>
    <message>
        <source>%1 — Fornax Desktop</source>
        <translation>%1 — Fornax Desktop</translation>
    </message>
    <message>
        <source>The server did not start. %1</source>
        <translation>Le serveur n’a pas démarré. %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Taille&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>up %n minute(s)</source>
        <translation>
            <numerusform>en marche depuis %n minute</numerusform>
            <numerusform>en marche depuis %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>stops when idle in %n minute(s)</source>
        <translation>
            <numerusform>s’arrête pour inactivité dans %n minute</numerusform>
            <numerusform>s’arrête pour inactivité dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>kept alive: %1</source>
        <translation>maintenu en marche pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>(the hub stops the server at %1, before this can finish)</source>
        <translation>(le hub arrêtera le serveur le %1, avant que cela puisse se terminer)</translation>
    </message>
    <message>
        <source>kept running by the server until %1</source>
        <translation>maintenu en marche par le serveur jusqu’à %1</translation>
    </message>
    <message>
        <source>kept running until %1 while this app runs</source>
        <translation>maintenu en marche jusqu’à %1 tant que cette application est en marche</translation>
    </message>
    <message>
        <source>The server keeps itself running until %1, also after you quit; after that it stops when idle.</source>
        <translation>Le serveur se maintient lui-même en marche jusqu’à %1, même après que vous avez quitté&#xa0;; ensuite, il s’arrête en cas d’inactivité.</translation>
    </message>
    <message>
        <source>This app keeps the server running until %1 only while it runs: once you quit, the hub stops the server when it has been idle for its usual time.</source>
        <translation>Cette application ne maintient le serveur en marche jusqu’à %1 que tant qu’elle-même est en marche&#xa0;: dès que vous quittez, le hub arrête le serveur lorsqu’il est resté inactif pendant la durée habituelle.</translation>
    </message>
    <message>
        <source>Keeping your server running</source>
        <translation>Votre serveur reste en marche</translation>
    </message>
    <message>
        <source>It will not be stopped for being idle until %1.</source>
        <translation>Il ne sera pas arrêté pour inactivité avant %1.</translation>
    </message>
    <message>
        <source>The server could not be stopped. %1</source>
        <translation>Le serveur n’a pas pu être arrêté. %1</translation>
    </message>
    <message>
        <source>Your server could not be stopped</source>
        <translation>Votre serveur n’a pas pu être arrêté</translation>
    </message>
    <message>
        <source>Your server is running short</source>
        <translation>Votre serveur est à court de ressources</translation>
    </message>
    <message>
        <source>resources unknown on this server</source>
        <translation>ressources inconnues sur ce serveur</translation>
    </message>
</context>
<context>
    <name>fornax::ui::SignInFlow</name>
    <message>
        <source>Fornax Science Console</source>
        <translation>Fornax Science Console</translation>
    </message>
    <message>
        <source>JupyterHub</source>
        <translation>JupyterHub</translation>
    </message>
    <message numerus="yes">
        <source>The hub could still not be reached to cancel %n sign-in(s) from an earlier sign-out. The app tries again at its next start.</source>
        <translation>
            <numerusform>Le hub n’a toujours pas pu être joint pour révoquer %n connexion issue d’une déconnexion précédente. L’application réessaiera à son prochain démarrage.</numerusform>
            <numerusform>Le hub n’a toujours pas pu être joint pour révoquer %n connexions issues d’une déconnexion précédente. L’application réessaiera à son prochain démarrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 led to %2, which you did not confirm, so nothing was sent there. Check the address.</source>
        <translation>%1 a mené à %2, que vous n’avez pas confirmé, donc rien n’y a été envoyé. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>%1 offers no encryption, and you chose not to use it that way. Use its https:// address if it has one.</source>
        <translation>%1 n’offre aucun chiffrement, et vous avez choisi de ne pas l’utiliser ainsi. Utilisez son adresse https:// s’il en a une.</translation>
    </message>
    <message>
        <source>The hub did not confirm the sign-in. %1</source>
        <translation>Le hub n’a pas confirmé la connexion. %1</translation>
    </message>
    <message>
        <source>Signed in, but the hub did not give the app a token. %1</source>
        <translation>Connecté, mais le hub n’a pas donné de jeton à l’application. %1</translation>
    </message>
    <message>
        <source>Signed in on the web page, but the app holds no sign-in: the hub refused a limited one, and you chose not to allow more. %1</source>
        <translation>Connecté sur la page web, mais l’application n’a aucune connexion&#xa0;: le hub en a refusé une limitée, et vous avez choisi de ne pas en autoriser davantage. %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::SignInPage</name>
    <message>
        <source>Sign in with an API &amp;token instead…</source>
        <translation>Se connecter plutôt avec un &amp;jeton d’API…</translation>
    </message>
    <message>
        <source>The hub&apos;s sign-in page</source>
        <translation>La page de connexion du hub</translation>
    </message>
    <message>
        <source>Sign in with an API token instead</source>
        <translation>Se connecter plutôt avec un jeton d’API</translation>
    </message>
    <message>
        <source>Sign in as you would in a browser. The app then keeps a sign-in of its own in your system keychain, so you need not do this again.</source>
        <translation>Connectez-vous comme vous le feriez dans un navigateur. L’application conserve ensuite sa propre connexion dans le trousseau du système, pour que vous n’ayez pas à le refaire.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::SshSettingsDialog</name>
    <message>
        <source>&amp;Transfer files over SSH</source>
        <translation>&amp;Transférer les fichiers par SSH</translation>
    </message>
    <message>
        <source>&amp;Keep the passphrase in the keychain</source>
        <translation>C&amp;onserver la phrase secrète dans le trousseau</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>New server: check its host key</source>
        <translation>Nouveau serveur&#xa0;: vérifiez sa clé d’hôte</translation>
    </message>
    <message>
        <source>T&amp;rust this key and connect</source>
        <translation>&amp;Faire confiance à cette clé et se connecter</translation>
    </message>
    <message>
        <source>&amp;Do not trust it</source>
        <translation>&amp;Ne pas lui faire confiance</translation>
    </message>
    <message>
        <source>SSH access — %1</source>
        <translation>Accès SSH — %1</translation>
    </message>
    <message>
        <source>If you can also reach your files on %1 over SSH (a login node, or the machine the hub runs on), uploads and downloads can stream over SSH, which is much faster. Without it, or when SSH does not answer, they use the hub.</source>
        <translation>Si vous pouvez aussi accéder à vos fichiers de %1 par SSH (un nœud de connexion, ou la machine sur laquelle tourne le hub), les envois et téléchargements peuvent passer directement par SSH, ce qui est bien plus rapide. Sans SSH, ou quand SSH ne répond pas, ils passent par le hub.</translation>
    </message>
    <message>
        <source>Transfer files over SSH</source>
        <translation>Transférer les fichiers par SSH</translation>
    </message>
    <message>
        <source>SSH server host name</source>
        <translation>Nom d’hôte du serveur SSH</translation>
    </message>
    <message>
        <source>login.example.org</source>
        <translation>login.example.org</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <source>User name on the SSH server</source>
        <translation>Nom d’utilisateur sur le serveur SSH</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Mode de connexion</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agent SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choisir le fichier de clé privée</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Keep the passphrase in the keychain</source>
        <translation>Conserver la phrase secrète dans le trousseau</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Mot de passe SSH</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de c&amp;lé&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>Phrase s&amp;ecrète&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Test the SSH connection</source>
        <translation>Tester la connexion SSH</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>The server&apos;s host key</source>
        <translation>La clé d’hôte du serveur</translation>
    </message>
    <message>
        <source>Trust this host key and connect</source>
        <translation>Faire confiance à cette clé d’hôte et se connecter</translation>
    </message>
    <message>
        <source>Do not trust this host key</source>
        <translation>Ne pas faire confiance à cette clé d’hôte</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace it</source>
        <translation>Enregistré dans le trousseau&#xa0;; tapez pour le remplacer</translation>
    </message>
    <message>
        <source>None kept yet</source>
        <translation>Rien d’enregistré pour l’instant</translation>
    </message>
    <message>
        <source>Signed in to %1. Transfers for this hub will go over SSH.</source>
        <translation>Connecté à %1. Les transferts de ce hub passeront par SSH.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>This app has not connected to %1 before. The server identifies itself with this %2 key:

%3

Trust it only if this fingerprint is the one the server&apos;s administrators publish (on the server, `ssh-keygen -l -f` on its host key prints it). Once trusted, the key is remembered, and a different key later is refused.</source>
        <translation>Cette application ne s’est encore jamais connectée à %1. Le serveur s’identifie avec cette clé %2&#xa0;:

%3

Ne lui faites confiance que si cette empreinte est celle que publient les administrateurs du serveur (sur le serveur, `ssh-keygen -l -f` appliqué à sa clé d’hôte l’affiche). Une fois acceptée, la clé est mémorisée, et une clé différente sera refusée par la suite.</translation>
    </message>
    <message>
        <source>Waiting for you to check the server&apos;s host key.</source>
        <translation>En attente de votre vérification de la clé d’hôte du serveur.</translation>
    </message>
    <message>
        <source>SSH is not available on this hub</source>
        <translation>SSH n’est pas disponible sur ce hub</translation>
    </message>
    <message>
        <source>%1 does not offer SSH: it is switched off there, and only the web ports (80 and 443) can be reached. Uploads and downloads go through the hub, which needs no setting here.</source>
        <translation>%1 ne propose pas SSH&#xa0;: il y est désactivé, et seuls les ports web (80 et 443) sont joignables. Les envois et téléchargements passent par le hub, ce qui ne nécessite aucun réglage ici.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::TokenDialog</name>
    <message>
        <source>Sign in with an API token</source>
        <translation>Se connecter avec un jeton d’API</translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;your hub&apos;s token page&lt;/a&gt;, request a new token, and paste it here. It is kept in your system keychain.</source>
        <translation>Ouvrez &lt;a href=&quot;%1&quot;&gt;la page des jetons de votre hub&lt;/a&gt;, demandez un nouveau jeton et collez-le ici. Il est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
</context>
<context>
    <name>fornax::ui::TransferController</name>
    <message>
        <source>Sign in to your hub first.</source>
        <translation>Connectez-vous d’abord à votre hub.</translation>
    </message>
    <message>
        <source>The download did not finish.</source>
        <translation>Le téléchargement ne s’est pas terminé.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <source>Sign in to your hub first; then drop the files again.</source>
        <translation>Connectez-vous d’abord à votre hub, puis déposez à nouveau les fichiers.</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Envoi terminé</translation>
    </message>
    <message>
        <source>“%1” is in %2 on your server.</source>
        <translation>«&#xa0;%1&#xa0;» est dans %2 sur votre serveur.</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Téléchargement terminé</translation>
    </message>
    <message>
        <source>“%1” is in “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» est dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Échec de l’envoi</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Waiting for your server to start</source>
        <translation>En attente du démarrage de votre serveur</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>En attente de votre réponse</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement en cours</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalisation</translation>
    </message>
    <message numerus="yes">
        <source>Done, %n skipped</source>
        <translation>
            <numerusform>Terminé, %n ignoré</numerusform>
            <numerusform>Terminé, %n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not sent: your server did not start. %1</source>
        <translation>Non effectué&#xa0;: votre serveur n’a pas démarré. %1</translation>
    </message>
    <message>
        <source>Cancelled: you signed out.</source>
        <translation>Annulé&#xa0;: vous vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Start your server?</source>
        <translation>Démarrer votre serveur&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Your server is stopped. %n transfer(s) will wait and run as soon as it is ready. Start it now?</source>
        <translation>
            <numerusform>Votre serveur est arrêté. %n transfert attendra et s’exécutera dès qu’il sera prêt. Le démarrer maintenant&#xa0;?</numerusform>
            <numerusform>Votre serveur est arrêté. %n transferts attendront et s’exécuteront dès qu’il sera prêt. Le démarrer maintenant&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>&amp;Démarrer le serveur</translation>
    </message>
    <message>
        <source>Start your server, then run the transfers</source>
        <translation>Démarrer votre serveur, puis lancer les transferts</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Do not start the server; cancel the waiting transfers</source>
        <translation>Ne pas démarrer le serveur&#xa0;; annuler les transferts en attente</translation>
    </message>
    <message>
        <source>Not sent: your server is stopped. Start it, then choose Retry.</source>
        <translation>Non effectué&#xa0;: votre serveur est arrêté. Démarrez-le, puis choisissez «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>Replaced by a new transfer to your server&apos;s address</source>
        <translation>Remplacé par un nouveau transfert vers l’adresse de votre serveur</translation>
    </message>
    <message>
        <source>“%1” went through the hub instead of SSH: %2</source>
        <translation>«&#xa0;%1&#xa0;» est passé par le hub au lieu de SSH&#xa0;: %2</translation>
    </message>
    <message>
        <source>not copied: %1</source>
        <translation>non copié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::TransferListModel</name>
    <message>
        <source>To %1 on your server</source>
        <translation>Vers %1 sur votre serveur</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>votre dossier personnel</translation>
    </message>
    <message>
        <source>To %1 on this computer</source>
        <translation>Vers %1 sur cet ordinateur</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Files as they are: %1</source>
        <translation>Fichiers tels quels&#xa0;: %1</translation>
    </message>
    <message>
        <source>One archive: %1</source>
        <translation>Une seule archive&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::TransferPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the selected transfers</source>
        <translation>Annuler les transferts sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Start the selected transfers again</source>
        <translation>Relancer les transferts sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder on this computer</source>
        <translation>Ouvrir le dossier sur cet ordinateur</translation>
    </message>
    <message>
        <source>Show in &amp;browser</source>
        <translation>Affic&amp;her sur le serveur</translation>
    </message>
    <message>
        <source>Show the folder on your server</source>
        <translation>Afficher le dossier sur votre serveur</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>Retirer les &amp;terminés</translation>
    </message>
    <message>
        <source>Remove the finished transfers from the list</source>
        <translation>Retirer les transferts terminés de la liste</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Transfer totals</source>
        <translation>Bilan des transferts</translation>
    </message>
    <message>
        <source>No transfers. Drop files here to upload them.</source>
        <translation>Aucun transfert. Déposez des fichiers ici pour les envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n failed</source>
        <translation>
            <numerusform>%1&#xa0;; %n en échec</numerusform>
            <numerusform>%1&#xa0;; %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done</source>
        <translation>
            <numerusform>%n transfert terminé</numerusform>
            <numerusform>%n transferts terminés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ui::TrayIcon</name>
    <message>
        <source>&amp;Open Fornax Desktop</source>
        <translation>&amp;Ouvrir Fornax Desktop</translation>
    </message>
    <message>
        <source>&amp;Start my server</source>
        <translation>&amp;Démarrer mon serveur</translation>
    </message>
    <message>
        <source>S&amp;top my server</source>
        <translation>A&amp;rrêter mon serveur</translation>
    </message>
    <message>
        <source>&amp;Keep it running for an hour</source>
        <translation>Le &amp;garder en marche une heure</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Fornax Desktop</source>
        <translation>Fornax Desktop</translation>
    </message>
    <message>
        <source>Fornax Desktop — server: %1</source>
        <translation>Fornax Desktop — serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Start my server (%1)</source>
        <translation>&amp;Démarrer mon serveur (%1)</translation>
    </message>
    <message>
        <source>Transfers: %1</source>
        <translation>Transferts&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::UsageDialog</name>
    <message>
        <source>Usage and costs — %1</source>
        <translation>Utilisation et coûts — %1</translation>
    </message>
    <message>
        <source>All figures are estimates from this computer&apos;s record of downloads and server hours, at the rates in Settings ▸ Rates and budget. The hub&apos;s bill is what counts.</source>
        <translation>Tous les chiffres sont des estimations tirées du relevé des téléchargements et des heures de serveur de cet ordinateur, aux tarifs de Paramètres ▸ Tarifs et budget. Seule la facture du hub fait foi.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>Estimated cost of the month</source>
        <translation>Coût estimé du mois</translation>
    </message>
    <message>
        <source>Estimated cost per day of the month, as a chart</source>
        <translation>Coût estimé par jour du mois, sous forme de graphique</translation>
    </message>
    <message>
        <source>Usage per day</source>
        <translation>Utilisation par jour</translation>
    </message>
    <message>
        <source>Usage per month</source>
        <translation>Utilisation par mois</translation>
    </message>
    <message>
        <source>By &amp;day</source>
        <translation>Par &amp;jour</translation>
    </message>
    <message>
        <source>By m&amp;onth</source>
        <translation>Par m&amp;ois</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>%1: %2 downloaded, %3 server hours — %4</source>
        <translation>%1 : %2 téléchargés, %3 heures de serveur — %4</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Download cost (estimate)</source>
        <translation>Coût des téléchargements (estimation)</translation>
    </message>
    <message>
        <source>Server hours</source>
        <translation>Heures de serveur</translation>
    </message>
    <message>
        <source>Server cost (estimate)</source>
        <translation>Coût des serveurs (estimation)</translation>
    </message>
    <message>
        <source>Total (estimate)</source>
        <translation>Total (estimation)</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Estimated cost per day, %1</source>
        <translation>Coût estimé par jour, %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>The usage could not be saved to %1: %2. Choose another place.</source>
        <translation>L’utilisation n’a pas pu être enregistrée dans %1 : %2. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation>Exporter l’utilisation en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>No yearly allotment is known for this hub.</source>
        <translation>Aucune dotation annuelle connue pour ce hub.</translation>
    </message>
    <message>
        <source>&amp;Measure home folder now</source>
        <translation>&amp;Mesurer le dossier personnel maintenant</translation>
    </message>
    <message>
        <source>Home folder storage</source>
        <translation>Stockage du dossier personnel</translation>
    </message>
    <message>
        <source>Measure the home folder now</source>
        <translation>Mesurer le dossier personnel maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Home folder: not measured yet. The app measures it while your server runs, at most every %n hour(s).</source>
        <translation>
            <numerusform>Dossier personnel&#xa0;: pas encore mesuré. L&apos;application le mesure pendant que votre serveur est en marche, au plus une fois par période de %n heure.</numerusform>
            <numerusform>Dossier personnel&#xa0;: pas encore mesuré. L&apos;application le mesure pendant que votre serveur est en marche, au plus toutes les %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>The home folder could not be measured: %1</source>
        <translation>Le dossier personnel n&apos;a pas pu être mesuré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Measured %1, but the usage record could not be written: %2</source>
        <translation>Mesure&#xa0;: %1, mais le relevé d&apos;utilisation n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The home folder is measured through your server: start it, then measure again.</source>
        <translation>Le dossier personnel est mesuré via votre serveur&#xa0;: démarrez-le, puis mesurez à nouveau.</translation>
    </message>
    <message>
        <source>Measuring the home folder… (it reads every folder; this may take a minute)</source>
        <translation>Mesure du dossier personnel… (chaque dossier est parcouru&#xa0;; cela peut prendre une minute)</translation>
    </message>
</context>
<context>
    <name>fornax::ui::YearChart</name>
    <message>
        <source>The credit year, as a chart</source>
        <translation>L&apos;année de crédits, sous forme de graphique</translation>
    </message>
    <message>
        <source>No yearly allotment is known for this hub: set one in Settings ▸ Rates and budget.</source>
        <translation>Aucune dotation annuelle connue pour ce hub&#xa0;: définissez-en une dans Paramètres ▸ Tarifs et budget.</translation>
    </message>
    <message>
        <source>run out %1</source>
        <translation>épuisés %1</translation>
    </message>
    <message>
        <source>Used since %1 (solid line), forecast to %2 (dashed), the year&apos;s %3 %4 (grey line)</source>
        <translation>Utilisés depuis %1 (trait plein), prévision jusqu&apos;à %2 (tirets), les %3 %4 de l&apos;année (ligne grise)</translation>
    </message>
</context>
</TS>
