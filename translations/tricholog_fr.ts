<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Access</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant(e)</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>The image is empty.</source>
        <translation>L&apos;image est vide.</translation>
    </message>
    <message>
        <source>The image has %1 megapixels; at most %2 can be analysed.</source>
        <translation>L&apos;image a %1 mégapixels ; au plus %2 peuvent être analysés.</translation>
    </message>
    <message>
        <source>The scale must be between 0.2 and 50 micrometres per pixel (given: %1).</source>
        <translation>L&apos;échelle doit être comprise entre 0,2 et 50 micromètres par pixel (donnée : %1).</translation>
    </message>
    <message>
        <source>The vellus threshold (%1 um) must be above 0 and at most the terminal threshold (%2 um, at most 300).</source>
        <translation>Le seuil du duvet (%1 µm) doit être supérieur à 0 et au plus égal au seuil terminal (%2 µm, au plus 300).</translation>
    </message>
    <message>
        <source>The field %1,%2,%3,%4 does not lie inside the %5 x %6 image.</source>
        <translation>Le champ %1,%2,%3,%4 n&apos;est pas à l&apos;intérieur de l&apos;image (%5 x %6).</translation>
    </message>
    <message>
        <source>The circle at %1,%2 with radius %3 does not lie inside the %4 x %5 image.</source>
        <translation>Le cercle en %1,%2 de rayon %3 n&apos;est pas à l&apos;intérieur de l&apos;image (%4 x %5).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read (JPEG or PNG).</source>
        <translation>%1 n&apos;est pas une image lisible (JPEG ou PNG).</translation>
    </message>
    <message>
        <source>%1 has %2 megapixels; at most %3 can be analysed.</source>
        <translation>%1 a %2 mégapixels ; au plus %3 peuvent être analysés.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>L&apos;analyse a été annulée.</translation>
    </message>
    <message>
        <source>The ruler&apos;s division must be 0.1 or 1 mm (given: %1).</source>
        <translation>La graduation de la règle doit être de 0,1 ou 1 mm (donnée : %1).</translation>
    </message>
    <message>
        <source>The ruler image is too small: at least 64 x 64 pixels are needed.</source>
        <translation>L&apos;image de la règle est trop petite : il faut au moins 64 x 64 pixels.</translation>
    </message>
    <message>
        <source>No regular tick marks were found: the image needs at least four ticks of the ruler, in focus, across the field.</source>
        <translation>Aucune graduation régulière n&apos;a été trouvée : l&apos;image doit montrer au moins quatre traits de la règle, nets, dans le champ.</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>L&apos;analyse a échoué : %1</translation>
    </message>
    <message>
        <source>The analysis needs more memory than this computer has free.</source>
        <translation>L&apos;analyse demande plus de mémoire que cet ordinateur n&apos;en a de libre.</translation>
    </message>
    <message>
        <source>%1 detected, %2 added, %3 removed</source>
        <translation>détectés&#xa0;: %1, ajoutés&#xa0;: %2, retirés&#xa0;: %3</translation>
    </message>
    <message>
        <source>Image analysis %1 %2 of photo %3: %4.</source>
        <translation>Analyse d&apos;image %1 %2 de la photo %3 (%4).</translation>
    </message>
    <message>
        <source>There is no hair %1.</source>
        <translation>Le cheveu %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Hair %1 has been removed.</source>
        <translation>Le cheveu %1 a déjà été retiré.</translation>
    </message>
    <message>
        <source>A hair&apos;s width must be between 1 and 300 um (given: %1).</source>
        <translation>La largeur d&apos;un cheveu doit être comprise entre 1 et 300 µm (donnée&#xa0;: %1).</translation>
    </message>
    <message>
        <source>A hair drawn by hand must be at least 3 pixels long and lie inside the image.</source>
        <translation>Un cheveu tracé à la main doit mesurer au moins 3 pixels de long et se trouver à l&apos;intérieur de l&apos;image.</translation>
    </message>
    <message>
        <source>Hair %1 cannot be split so near one of its ends.</source>
        <translation>Le cheveu %1 ne peut pas être scindé si près de l&apos;une de ses extrémités.</translation>
    </message>
    <message>
        <source>Hair %1 of the stored analysis has no path.</source>
        <translation>Le cheveu %1 de l&apos;analyse enregistrée n&apos;a pas de tracé.</translation>
    </message>
    <message>
        <source>The stored analysis is damaged: %1</source>
        <translation>L&apos;analyse enregistrée est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown format %1.</source>
        <translation>format %1 inconnu.</translation>
    </message>
    <message>
        <source>edit %1 names no hair of the analysis.</source>
        <translation>la correction %1 ne désigne aucun cheveu de l&apos;analyse.</translation>
    </message>
    <message>
        <source>The field&apos;s outline (%1 corners) does not enclose an area inside the %2 x %3 image.</source>
        <translation>Le contour du champ (%1 sommets) n&apos;entoure aucune surface dans l&apos;image de %2 x %3.</translation>
    </message>
    <message>
        <source>Both photos must be at least %1 pixels on each side to be aligned.</source>
        <translation>Les deux photos doivent mesurer au moins %1 pixels de côté pour être alignées.</translation>
    </message>
    <message>
        <source>The two photos&apos; scales differ more than four times (ratio %1).</source>
        <translation>Les échelles des deux photos diffèrent de plus de quatre fois (rapport %1).</translation>
    </message>
    <message>
        <source>The alignment was cancelled.</source>
        <translation>L&apos;alignement a été annulé.</translation>
    </message>
    <message>
        <source>Match at least three points between the two photos.</source>
        <translation>Faites correspondre au moins trois points entre les deux photos.</translation>
    </message>
    <message>
        <source>The matched points are too close together or on one line: spread them over the photo.</source>
        <translation>Les points appariés sont trop proches ou alignés : répartissez-les sur la photo.</translation>
    </message>
</context>
<context>
    <name>Anchors</name>
    <message>
        <source>%1, line %2: not an audit anchor (%3).</source>
        <translation>%1, ligne %2&#xa0;: ce n&apos;est pas une ancre d&apos;audit (%3).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tricholog backup with an audit trail.</source>
        <translation>%1 n&apos;est pas une sauvegarde Tricholog dotée d&apos;un journal d&apos;audit.</translation>
    </message>
    <message>
        <source>the backup&apos;s own trail</source>
        <translation>le journal propre à la sauvegarde</translation>
    </message>
    <message>
        <source>audit entry %1 · %2</source>
        <translation>entrée d&apos;audit %1 · %2</translation>
    </message>
    <message>
        <source>Not recording the audit anchor: %1 is not a regular file.</source>
        <translation>Ancre d&apos;audit non enregistrée&#xa0;: %1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the audit anchor to %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;ancre d&apos;audit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is larger than an anchor file can be (%2 MiB).</source>
        <translation>%1 dépasse la taille maximale d&apos;un fichier d&apos;ancres (%2 Mio).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the anchor belongs to another practice (%1; this database is %2)</source>
        <translation>l&apos;ancre appartient à un autre cabinet (%1&#xa0;; celui de cette base de données est %2)</translation>
    </message>
    <message>
        <source>the trail ends at entry %1, but entry %2 was seen on %3 (%4): entries were removed</source>
        <translation>le journal s&apos;arrête à l&apos;entrée %1, mais l&apos;entrée %2 a été constatée le %3 (%4)&#xa0;: des entrées ont été supprimées</translation>
    </message>
    <message>
        <source>entry %1 is not the one seen on %2 (%3): its hash differs, the trail was written anew</source>
        <translation>l&apos;entrée %1 n&apos;est pas celle constatée le %2 (%3)&#xa0;: son hachage diffère, le journal a été réécrit</translation>
    </message>
    <message>
        <source>this database&apos;s anchor of %1 (%2) was recorded for another practice (%3; this database is %4), and no new database or restore of this practice was recorded here since: its practice id was changed, or another file was put in its place</source>
        <translation>l&apos;ancre de cette base de données du %1 (%2) a été enregistrée pour un autre cabinet (%3&#xa0;; celui de cette base de données est %4), et aucune nouvelle base ni restauration de ce cabinet n&apos;a été enregistrée ici depuis&#xa0;: son identifiant de cabinet a été changé, ou un autre fichier a été mis à sa place</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>entry %1 does not link to the entry before it (one was removed, inserted or changed)</source>
        <translation>l’entrée %1 n’est pas liée à l’entrée précédente (une entrée a été supprimée, insérée ou modifiée)</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>l’entrée %1 a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Consentement photo</translation>
    </message>
    <message>
        <source>Data-processing consent</source>
        <translation>Consentement au traitement des données</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Trichoscopic findings</source>
        <translation>Signes trichoscopiques</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Clinical endpoint</source>
        <translation>Critère d&apos;arrêt clinique</translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation>Anesthésique</translation>
    </message>
    <message>
        <source>Target area</source>
        <translation>Zone cible</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Treatment zone</source>
        <translation>Zone de traitement</translation>
    </message>
    <message>
        <source>Adjunct</source>
        <translation>Traitement adjuvant</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Effet indésirable</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Time source</source>
        <translation>Source de la date de prise de vue</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Somme de contrôle (SHA-256)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Added the patient</source>
        <translation>Ajout du patient</translation>
    </message>
    <message>
        <source>Changed the patient&apos;s details</source>
        <translation>Modification des données du patient</translation>
    </message>
    <message>
        <source>Archived the patient</source>
        <translation>Archivage du patient</translation>
    </message>
    <message>
        <source>Restored the patient from the archive</source>
        <translation>Restauration du patient depuis l&apos;archive</translation>
    </message>
    <message>
        <source>Deleted the patient</source>
        <translation>Suppression du patient</translation>
    </message>
    <message>
        <source>Added the patient %1</source>
        <translation>Ajout du patient %1</translation>
    </message>
    <message>
        <source>Changed the details of the patient %1</source>
        <translation>Modification des données du patient %1</translation>
    </message>
    <message>
        <source>Archived the patient %1</source>
        <translation>Archivage du patient %1</translation>
    </message>
    <message>
        <source>Restored the patient %1 from the archive</source>
        <translation>Restauration du patient %1 depuis l&apos;archive</translation>
    </message>
    <message>
        <source>Deleted the patient %1</source>
        <translation>Suppression du patient %1</translation>
    </message>
    <message>
        <source>Added a diagnosis: %1</source>
        <translation>Ajout d&apos;un diagnostic&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed the diagnosis %1</source>
        <translation>Modification du diagnostic %1</translation>
    </message>
    <message>
        <source>Deleted the diagnosis %1</source>
        <translation>Suppression du diagnostic %1</translation>
    </message>
    <message>
        <source>Added a session on %1</source>
        <translation>Ajout de la séance du %1</translation>
    </message>
    <message>
        <source>Changed the session of %1</source>
        <translation>Modification de la séance du %1</translation>
    </message>
    <message>
        <source>Deleted the session of %1</source>
        <translation>Suppression de la séance du %1</translation>
    </message>
    <message>
        <source>Added a measurement at %1</source>
        <translation>Ajout d&apos;une mesure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed the measurement at %1</source>
        <translation>Modification de la mesure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted the measurement at %1</source>
        <translation>Suppression de la mesure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added a patient-reported outcome of %1</source>
        <translation>Ajout d&apos;une évaluation rapportée par le patient du %1</translation>
    </message>
    <message>
        <source>Changed the patient-reported outcome of %1</source>
        <translation>Modification de l&apos;évaluation rapportée par le patient du %1</translation>
    </message>
    <message>
        <source>Deleted the patient-reported outcome of %1</source>
        <translation>Suppression de l&apos;évaluation rapportée par le patient du %1</translation>
    </message>
    <message>
        <source>Added a photo: %1</source>
        <translation>Ajout d&apos;une photo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed the photo %1</source>
        <translation>Modification de la photo %1</translation>
    </message>
    <message>
        <source>Deleted the photo %1</source>
        <translation>Suppression de la photo %1</translation>
    </message>
    <message>
        <source>Added the treatment zone %1 to a session</source>
        <translation>Ajout de la zone de traitement %1 à une séance</translation>
    </message>
    <message>
        <source>Changed the treatment zone %1 of a session</source>
        <translation>Modification de la zone de traitement %1 d&apos;une séance</translation>
    </message>
    <message>
        <source>Removed the treatment zone %1 from a session</source>
        <translation>Retrait de la zone de traitement %1 d&apos;une séance</translation>
    </message>
    <message>
        <source>Added the adjunct %1 to a session</source>
        <translation>Ajout de l&apos;adjuvant %1 à une séance</translation>
    </message>
    <message>
        <source>Changed the adjunct %1 of a session</source>
        <translation>Modification de l&apos;adjuvant %1 d&apos;une séance</translation>
    </message>
    <message>
        <source>Removed the adjunct %1 from a session</source>
        <translation>Retrait de l&apos;adjuvant %1 d&apos;une séance</translation>
    </message>
    <message>
        <source>Recorded the adverse event %1 in a session</source>
        <translation>Enregistrement de l&apos;effet indésirable %1 lors d&apos;une séance</translation>
    </message>
    <message>
        <source>Changed the adverse event %1 of a session</source>
        <translation>Modification de l&apos;effet indésirable %1 d&apos;une séance</translation>
    </message>
    <message>
        <source>Removed the adverse event %1 from a session</source>
        <translation>Retrait de l&apos;effet indésirable %1 d&apos;une séance</translation>
    </message>
    <message>
        <source>Added the account %1</source>
        <translation>Ajout du compte %1</translation>
    </message>
    <message>
        <source>Changed the account %1</source>
        <translation>Modification du compte %1</translation>
    </message>
    <message>
        <source>Deleted the account %1</source>
        <translation>Suppression du compte %1</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnostic</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>patient-reported outcome</source>
        <translation>évaluation rapportée par le patient</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>treatment zone</source>
        <translation>zone de traitement</translation>
    </message>
    <message>
        <source>adjunct</source>
        <translation>adjuvant</translation>
    </message>
    <message>
        <source>adverse event</source>
        <translation>effet indésirable</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ajout&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Suppression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archivage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored from the archive: %1</source>
        <translation>Restauration depuis l&apos;archive&#xa0;: %1</translation>
    </message>
    <message>
        <source>an unnamed destination</source>
        <translation>une destination sans nom</translation>
    </message>
    <message>
        <source>Exported a PDF report to %1</source>
        <translation>Export d&apos;un rapport PDF vers %1</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>Impression vers %1</translation>
    </message>
    <message>
        <source>Exported CSV files to %1</source>
        <translation>Export de fichiers CSV vers %1</translation>
    </message>
    <message>
        <source>Exported a FHIR bundle to %1</source>
        <translation>Export d&apos;un bundle FHIR vers %1</translation>
    </message>
    <message>
        <source>Exported a chart image to %1</source>
        <translation>Export d&apos;une image de graphique vers %1</translation>
    </message>
    <message>
        <source>Disclosed patient data (%1) to %2</source>
        <translation>Communication de données de patients (%1) vers %2</translation>
    </message>
    <message>
        <source>all patients (%1)</source>
        <translation>tous les patients (%1)</translation>
    </message>
    <message>
        <source>patient #%1</source>
        <translation>patient n° %1</translation>
    </message>
    <message>
        <source>patient #%1 (deleted)</source>
        <translation>patient n° %1 (supprimé)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Sign-in failed: no account has this name</source>
        <translation>Échec de la connexion&#xa0;: aucun compte ne porte ce nom</translation>
    </message>
    <message>
        <source>Changed the password of the account %1</source>
        <translation>Modification du mot de passe du compte %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n row(s) added)</source>
        <translation>
            <numerusform>%1 importé (%n ligne ajoutée)</numerusform>
            <numerusform>%1 importé (%n lignes ajoutées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) added</source>
        <translation>
            <numerusform>%1 : %n ligne ajoutée</numerusform>
            <numerusform>%1 : %n lignes ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the device profile %1</source>
        <translation>Profil d&apos;appareil %1 ajouté</translation>
    </message>
    <message>
        <source>Changed the device profile %1</source>
        <translation>Profil d&apos;appareil %1 modifié</translation>
    </message>
    <message>
        <source>Deleted the device profile %1</source>
        <translation>Profil d&apos;appareil %1 supprimé</translation>
    </message>
    <message>
        <source>device profile</source>
        <translation>profil d&apos;appareil</translation>
    </message>
    <message>
        <source>removed hair %1</source>
        <translation>retrait du cheveu %1</translation>
    </message>
    <message>
        <source>added a hair of %1 µm</source>
        <translation>ajout d&apos;un cheveu de %1 µm</translation>
    </message>
    <message>
        <source>split hair %1</source>
        <translation>scission du cheveu %1</translation>
    </message>
    <message>
        <source>set hair %1 from %2 to %3 µm</source>
        <translation>largeur du cheveu %1 modifiée de %2 à %3 µm</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre correction</numerusform>
            <numerusform>%n autres corrections</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 hairs counted, engine %3 %4</source>
        <translation>%1, cheveux comptés&#xa0;: %2, algorithme %3 %4</translation>
    </message>
    <message>
        <source>%1; edits: %2</source>
        <translation>%1&#xa0;; corrections&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved an image analysis of a photo: %1</source>
        <translation>Enregistrement d&apos;une analyse d&apos;image d&apos;une photo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed the image analysis of a photo: %1</source>
        <translation>Modification de l&apos;analyse d&apos;image d&apos;une photo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted the image analysis of a photo: %1</source>
        <translation>Suppression de l&apos;analyse d&apos;image d&apos;une photo&#xa0;: %1</translation>
    </message>
    <message>
        <source>image analysis</source>
        <translation>analyse d&apos;image</translation>
    </message>
    <message>
        <source>Added the protocol template %1</source>
        <translation>Modèle de protocole %1 ajouté</translation>
    </message>
    <message>
        <source>Changed the protocol template %1</source>
        <translation>Modèle de protocole %1 modifié</translation>
    </message>
    <message>
        <source>Deleted the protocol template %1</source>
        <translation>Modèle de protocole %1 supprimé</translation>
    </message>
    <message>
        <source>Planned the treatment %1</source>
        <translation>Traitement %1 planifié</translation>
    </message>
    <message>
        <source>Changed the treatment plan %1</source>
        <translation>Plan de traitement %1 modifié</translation>
    </message>
    <message>
        <source>Deleted the treatment plan %1</source>
        <translation>Plan de traitement %1 supprimé</translation>
    </message>
    <message>
        <source>Recorded a contact attempt: %1</source>
        <translation>Tentative de contact enregistrée : %1</translation>
    </message>
    <message>
        <source>Changed a contact attempt: %1</source>
        <translation>Tentative de contact modifiée : %1</translation>
    </message>
    <message>
        <source>Deleted a contact attempt: %1</source>
        <translation>Tentative de contact supprimée : %1</translation>
    </message>
    <message>
        <source>protocol template</source>
        <translation>modèle de protocole</translation>
    </message>
    <message>
        <source>treatment plan</source>
        <translation>plan de traitement</translation>
    </message>
    <message>
        <source>contact attempt</source>
        <translation>tentative de contact</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping: nothing is half-written…</source>
        <translation>Arrêt en cours&#xa0;: rien ne reste à moitié écrit…</translation>
    </message>
    <message>
        <source>The work stopped.</source>
        <translation>Le travail s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tricholog backup (not an SQLite file).</source>
        <translation>%1 n&apos;est pas une sauvegarde Tricholog (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2).</source>
        <translation>%1 est endommagé (contrôle d&apos;intégrité&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1 is not a Tricholog database.</source>
        <translation>%1 n&apos;est pas une base de données Tricholog.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tricholog (schema version %2; this version knows up to %3).</source>
        <translation>%1 a été écrit par une version plus récente de Tricholog (version de schéma %2&#xa0;; cette version connaît jusqu&apos;à la version %3).</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it.</source>
        <translation>%1 existe déjà&#xa0;; il n&apos;est pas écrasé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup copy failed its check; nothing was kept. %1</source>
        <translation>La copie de sauvegarde n&apos;a pas passé la vérification&#xa0;; rien n&apos;a été conservé. %1</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation>Impossible de mettre la sauvegarde en place dans %1.</translation>
    </message>
    <message>
        <source>Not restoring: %1</source>
        <translation>Restauration annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not restoring: the backup is the database itself.</source>
        <translation>Restauration annulée&#xa0;: la sauvegarde est la base de données elle-même.</translation>
    </message>
    <message>
        <source>Not restoring: the current file could not be copied to %1.</source>
        <translation>Restauration annulée : le fichier actuel n’a pas pu être copié vers %1.</translation>
    </message>
    <message>
        <source>Not restoring: %1 is open in another program or on another workstation. Close Tricholog everywhere, then restore.</source>
        <translation>Restauration annulée : %1 est ouvert dans un autre programme ou sur un autre poste. Fermez Tricholog partout, puis restaurez.</translation>
    </message>
    <message>
        <source>Not restoring: the current database could not be copied to %1 (%2).</source>
        <translation>Restauration annulée : la base de données actuelle n’a pas pu être copiée vers %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot copy %1 next to %2.</source>
        <translation>Impossible de copier %1 à côté de %2.</translation>
    </message>
    <message>
        <source>Cannot replace %1. The current file is unchanged.</source>
        <translation>Impossible de remplacer %1. Le fichier actuel est inchangé.</translation>
    </message>
    <message>
        <source>Cannot put the restored file in place at %1; the backup is at %2 and the previous database at %3.</source>
        <translation>Impossible de mettre le fichier restauré en place dans %1&#xa0;; la sauvegarde se trouve dans %2 et l&apos;ancienne base de données dans %3.</translation>
    </message>
    <message>
        <source>The latest backup is %1 (%2); restore it with File &gt; Restore from backup, or tricholog restore --database %3 --from %1.</source>
        <translation>La sauvegarde la plus récente est %1 (%2) ; restaurez-la avec Fichier &gt; Restaurer une sauvegarde, ou tricholog restore --database %3 --from %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Renders a patient&apos;s progress chart to a PNG or SVG file.</source>
        <translation>Génère le graphique d&apos;évolution d&apos;un patient dans un fichier PNG ou SVG.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>La sous-commande.</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Fichier de base de données.</translation>
    </message>
    <message>
        <source>Patient MRN.</source>
        <translation>Numéro de dossier (MRN) du patient.</translation>
    </message>
    <message>
        <source>Metric: %1.</source>
        <translation>Paramètre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Plot the % change from baseline.</source>
        <translation>Tracer la variation en % par rapport à la valeur initiale.</translation>
    </message>
    <message>
        <source>Output file, .png or .svg.</source>
        <translation>Fichier de sortie, .png ou .svg.</translation>
    </message>
    <message>
        <source>Image size in pixels (default 1600x1000).</source>
        <translation>Taille de l&apos;image en pixels (par défaut 1600x1000).</translation>
    </message>
    <message>
        <source>Writes a patient&apos;s progress report as PDF.</source>
        <translation>Écrit le rapport d&apos;évolution d&apos;un patient au format PDF.</translation>
    </message>
    <message>
        <source>Output .pdf file.</source>
        <translation>Fichier .pdf de sortie.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Premier jour de la période (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Dernier jour de la période (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Language of the labels: en, de, fr or es.</source>
        <translation>Langue des libellés : en, de, fr ou es.</translation>
    </message>
    <message>
        <source>Language of the report: en, de, fr or es.</source>
        <translation>Langue du rapport : en, de, fr ou es.</translation>
    </message>
    <message>
        <source>unexpected arguments: %1; see tricholog %2 --help.</source>
        <translation>arguments inattendus&#xa0;: %1&#xa0;; voir tricholog %2 --help.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 nécessite --%2.</translation>
    </message>
    <message>
        <source>Patients CSV file.</source>
        <translation>Fichier CSV des patients.</translation>
    </message>
    <message>
        <source>Diagnoses CSV file.</source>
        <translation>Fichier CSV des diagnostics.</translation>
    </message>
    <message>
        <source>Sessions CSV file.</source>
        <translation>Fichier CSV des séances.</translation>
    </message>
    <message>
        <source>Measurements CSV file.</source>
        <translation>Fichier CSV des mesures.</translation>
    </message>
    <message>
        <source>Imports CSV files (see the README for their columns), all in one transaction: when any row is wrong nothing is written and every bad row is listed.</source>
        <translation>Importe des fichiers CSV (voir le README pour leurs colonnes), en une seule transaction&#xa0;: si une ligne est erronée, rien n&apos;est écrit et toutes les lignes erronées sont listées.</translation>
    </message>
    <message>
        <source>import needs at least one of --patients, --diagnoses, --sessions, --measurements.</source>
        <translation>import nécessite au moins une des options --patients, --diagnoses, --sessions, --measurements.</translation>
    </message>
    <message>
        <source>Output JSON file.</source>
        <translation>Fichier JSON de sortie.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Dossier de sortie.</translation>
    </message>
    <message>
        <source>Only this patient (MRN); default: every patient.</source>
        <translation>Uniquement ce patient (MRN)&#xa0;; par défaut&#xa0;: tous les patients.</translation>
    </message>
    <message>
        <source>export needs a format: tricholog export csv|fhir ... (not &quot;%1&quot;).</source>
        <translation>export nécessite un format&#xa0;: tricholog export csv|fhir ... (et non «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Writes patients.csv, diagnoses.csv, sessions.csv and measurements.csv, readable by tricholog import.</source>
        <translation>Écrit patients.csv, diagnoses.csv, sessions.csv et measurements.csv, lisibles par tricholog import.</translation>
    </message>
    <message>
        <source>%1 patients, %2 diagnoses, %3 sessions and %4 measurements written to %5.</source>
        <translation>%1 patients, %2 diagnostics, %3 séances et %4 mesures écrits dans %5.</translation>
    </message>
    <message>
        <source>%1 resources written to %2.</source>
        <translation>%1 ressources écrites dans %2.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Le fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <source>Writes a consistent, checked copy of the database, even while it is in use.</source>
        <translation>Écrit une copie cohérente et vérifiée de la base de données, même pendant son utilisation.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 restauré à partir de %2.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous file is kept at %3.</source>
        <translation>%1 restauré à partir de %2&#xa0;; l&apos;ancien fichier est conservé dans %3.</translation>
    </message>
    <message>
        <source>Creates a database filled with generated, fictitious patients. The same seed gives the same data.</source>
        <translation>Crée une base de données remplie de patients fictifs générés. La même graine donne les mêmes données.</translation>
    </message>
    <message>
        <source>The database file to create or fill.</source>
        <translation>Le fichier de base de données à créer ou à remplir.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Number of patients (default 40).</source>
        <translation>Nombre de patients (40 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 2013).</source>
        <translation>Graine aléatoire (2013 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>demo needs --database PATH.</source>
        <translation>demo nécessite --database PATH.</translation>
    </message>
    <message>
        <source>--patients must be a whole number from 1 to 100000, not &quot;%1&quot;.</source>
        <translation>--patients doit être un nombre entier de 1 à 100000, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>--seed doit être un nombre entier positif ou nul, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Open the demo database of generated patients (created on first use).</source>
        <translation>Ouvrir la base de données de démonstration avec des patients générés (créée à la première utilisation).</translation>
    </message>
    <message>
        <source>Language of the interface and reports: en, de, fr or es (default: the system&apos;s).</source>
        <translation>Langue de l’interface et des rapports : en, de, fr ou es (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>%1 does not exist (a new database is made with tricholog init --database PATH --admin NAME).</source>
        <translation>%1 n’existe pas (une nouvelle base se crée avec tricholog init --database PATH --admin NAME).</translation>
    </message>
    <message>
        <source>%1 has no accounts yet: create its administrator with tricholog init --database PATH --admin NAME.</source>
        <translation>%1 n’a pas encore de compte : créez son administrateur avec tricholog init --database PATH --admin NAME.</translation>
    </message>
    <message>
        <source>Sign in first: set TRICHOLOG_USER and TRICHOLOG_PASSWORD.</source>
        <translation>Connectez-vous d’abord : définissez TRICHOLOG_USER et TRICHOLOG_PASSWORD.</translation>
    </message>
    <message>
        <source>User name of the administrator.</source>
        <translation>Nom d’utilisateur de l’administrateur.</translation>
    </message>
    <message>
        <source>Creates a new database with its administrator; the password comes from TRICHOLOG_PASSWORD.</source>
        <translation>Crée une nouvelle base avec son administrateur ; le mot de passe vient de TRICHOLOG_PASSWORD.</translation>
    </message>
    <message>
        <source>TRICHOLOG_PASSWORD: %1</source>
        <translation>TRICHOLOG_PASSWORD : %1</translation>
    </message>
    <message>
        <source>%1 already has accounts; an administrator adds more in the application.</source>
        <translation>%1 a déjà des comptes ; un administrateur en ajoute d’autres dans l’application.</translation>
    </message>
    <message>
        <source>%1 is ready; its administrator is %2.</source>
        <translation>%1 est prête ; son administrateur est %2.</translation>
    </message>
    <message>
        <source>audit needs a sub-command: tricholog audit verify --database PATH.</source>
        <translation>audit demande une sous-commande : tricholog audit verify --database PATH.</translation>
    </message>
    <message>
        <source>the audit trail is broken at entry %1: %2.</source>
        <translation>le journal d’audit est rompu à l’entrée %1 : %2.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, each linked to the one before.</source>
        <translation>Le journal d’audit est intact : %1 entrées, chacune liée à la précédente.</translation>
    </message>
    <message>
        <source>Also add an administrator of this name (password from TRICHOLOG_PASSWORD).</source>
        <translation>Ajouter aussi un administrateur de ce nom (mot de passe depuis TRICHOLOG_PASSWORD).</translation>
    </message>
    <message>
        <source>%1 already holds patients or accounts; the demo is only written into an empty database.</source>
        <translation>%1 contient déjà des patients ou des comptes ; la démo ne s’écrit que dans une base vide.</translation>
    </message>
    <message>
        <source>Created %1 patients, %2 diagnoses, %3 sessions, %4 measurements, %5 outcomes and %6 photos in %7.</source>
        <translation>%1 patients, %2 diagnostics, %3 séances, %4 mesures, %5 évaluations et %6 photos créés dans %7.</translation>
    </message>
    <message>
        <source>The patient&apos;s MRN.</source>
        <translation>Le numéro de dossier (MRN) du patient.</translation>
    </message>
    <message>
        <source>The session&apos;s date, YYYY-MM-DD (with THH:MM when the patient had two sessions that day).</source>
        <translation>La date de la séance, AAAA-MM-JJ (avec Thh:mm si le patient a eu deux séances ce jour-là).</translation>
    </message>
    <message>
        <source>The view of every file: %1.</source>
        <translation>La vue, pour tous les fichiers&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Trichoscopic photos: the scalp site (%1).</source>
        <translation>Photos trichoscopiques&#xa0;: le site du cuir chevelu (%1).</translation>
    </message>
    <message>
        <source>Trichoscopic photos: the magnification, e.g. 20.</source>
        <translation>Photos trichoscopiques&#xa0;: le grossissement, p. ex. 20.</translation>
    </message>
    <message>
        <source>Notes for every file.</source>
        <translation>Notes pour tous les fichiers.</translation>
    </message>
    <message>
        <source>JPEG or PNG files.</source>
        <translation>Fichiers JPEG ou PNG.</translation>
    </message>
    <message>
        <source>Attaches image files to the patient&apos;s session of that date, all or none: nothing is stored when consent is missing, the session does not exist or a file is not a readable JPEG or PNG image.</source>
        <translation>Joint des fichiers image à la séance du patient à cette date, tous ou aucun&#xa0;: rien n&apos;est enregistré si le consentement manque, si la séance n&apos;existe pas ou si un fichier n&apos;est pas une image JPEG ou PNG lisible.</translation>
    </message>
    <message>
        <source>photos import needs at least one FILE.</source>
        <translation>photos import nécessite au moins un fichier (FILE).</translation>
    </message>
    <message>
        <source>--view: &quot;%1&quot; is not a view; use one of: %2.</source>
        <translation>--view&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une vue&#xa0;; utilisez l&apos;une des valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--site: &quot;%1&quot; is not a site; use one of: %2.</source>
        <translation>--site&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un site&#xa0;; utilisez l&apos;une des valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--magnification: &quot;%1&quot; is not a whole number.</source>
        <translation>--magnification&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
        <translation>--date&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ ou AAAA-MM-JJThh:mm).</translation>
    </message>
    <message>
        <source>%1 has no session on %2: record the session first; nothing was stored.</source>
        <translation>%1 n&apos;a pas de séance le %2&#xa0;: enregistrez d&apos;abord la séance&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 has %2 sessions on %3 (%4): give the time, e.g. --date %3T%5; nothing was stored.</source>
        <translation>%1 a %2 séances le %3 (%4)&#xa0;: indiquez l&apos;heure, p. ex. --date %3T%5&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>nothing was stored: %1</source>
        <translation>rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checks every stored original photo against the SHA-256 checksum recorded when it was stored.</source>
        <translation>Vérifie chaque photo originale enregistrée par rapport à la somme de contrôle SHA-256 relevée lors de son enregistrement.</translation>
    </message>
    <message>
        <source>Every original photo is intact.</source>
        <translation>Toutes les photos originales sont intactes.</translation>
    </message>
    <message>
        <source>photos needs a sub-command: tricholog photos import|verify ... (see --help).</source>
        <translation>photos demande une sous-commande&#xa0;: tricholog photos import|verify ... (voir --help).</translation>
    </message>
    <message>
        <source>Attached to the session of %1 of %2: photo ids %3.</source>
        <translation>Photos jointes à la séance du %1 de %2&#xa0;: n° %3.</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (not shown): </source>
        <translation>Mot de passe de %1 sur %2 (non affiché)&#xa0;: </translation>
    </message>
    <message>
        <source>The server database has no accounts yet: move a practice into it with tricholog migrate, or create its administrator in the application.</source>
        <translation>La base du serveur n&apos;a pas encore de comptes&#xa0;: transférez-y un cabinet avec tricholog migrate, ou créez son administrateur dans l&apos;application.</translation>
    </message>
    <message>
        <source>The SQLite database file.</source>
        <translation>Le fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>The empty PostgreSQL database: postgresql://USER@HOST:PORT/DATABASE (its password from TRICHOLOG_DB_PASSWORD, or asked).</source>
        <translation>La base PostgreSQL vide&#xa0;: postgresql://USER@HOST:PORT/DATABASE (son mot de passe pris dans TRICHOLOG_DB_PASSWORD, ou demandé).</translation>
    </message>
    <message>
        <source>Copies every record, photo, account and audit entry of an SQLite database into an empty PostgreSQL database, in one transaction, then checks the row counts and the audit chain. Signs in to the file as an administrator.</source>
        <translation>Copie chaque dossier, photo, compte et entrée d&apos;audit d&apos;une base SQLite dans une base PostgreSQL vide, en une seule transaction, puis vérifie le nombre de lignes et la chaîne d&apos;audit. Se connecte au fichier en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>--to must be a postgresql:// address, not &quot;%1&quot;.</source>
        <translation>--to doit être une adresse postgresql://, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Open this database file (created if missing), or a PostgreSQL server&apos;s database: postgresql://USER@HOST:PORT/DATABASE (the password is asked for, or taken from TRICHOLOG_DB_PASSWORD).</source>
        <translation>Ouvrir ce fichier de base de données (créé s&apos;il manque), ou la base d&apos;un serveur PostgreSQL&#xa0;: postgresql://USER@HOST:PORT/DATABASE (le mot de passe est demandé, ou pris dans TRICHOLOG_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>--%1 is given %2 times; give it once.</source>
        <translation>--%1 est donné %2&#xa0;fois&#xa0;; ne le donnez qu&apos;une fois.</translation>
    </message>
    <message>
        <source>The triggers that write and guard the trail are Tricholog&apos;s own, unchanged.</source>
        <translation>Les déclencheurs qui écrivent et protègent le journal sont ceux de Tricholog, inchangés.</translation>
    </message>
    <message>
        <source>audit protection: %1.</source>
        <translation>protection d&apos;audit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>  ... and %1 more.</source>
        <translation>  ... et %1 de plus.</translation>
    </message>
    <message>
        <source>anchor from %1 (%2): %3.</source>
        <translation>ancre provenant de %1 (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 anchors checked; the trail agrees with each (%2 recorded before a restore were set aside).</source>
        <translation>%1 ancres vérifiées&#xa0;; le journal concorde avec chacune (%2 enregistrées avant une restauration ont été écartées).</translation>
    </message>
    <message>
        <source>%1 anchors checked; the trail agrees with each.</source>
        <translation>%1 ancres vérifiées&#xa0;; le journal concorde avec chacune.</translation>
    </message>
    <message>
        <source>Also check the trail against the anchors in FILE: an anchor store (audit-anchors.jsonl) or a backup. May be given more than once.</source>
        <translation>Vérifier aussi le journal par rapport aux ancres contenues dans FILE&#xa0;: un fichier d&apos;ancres (audit-anchors.jsonl) ou une sauvegarde. Peut être indiqué plusieurs fois.</translation>
    </message>
    <message>
        <source>Checks the audit trail&apos;s hash chain, the triggers that write and guard it, every clinical row against what the trail last logged, and the trail&apos;s head against the anchors kept outside the database; then records the head as a new anchor.</source>
        <translation>Vérifie la chaîne de hachage du journal d&apos;audit, les déclencheurs qui l&apos;écrivent et le protègent, chaque ligne clinique par rapport à ce que le journal a consigné en dernier, et la tête du journal par rapport aux ancres conservées hors de la base de données&#xa0;; enregistre ensuite la tête comme nouvelle ancre.</translation>
    </message>
    <message>
        <source>The head could not be recorded as an anchor: %1</source>
        <translation>La tête du journal n&apos;a pas pu être enregistrée comme ancre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Head recorded as an anchor: %1, in %2.</source>
        <translation>Tête du journal enregistrée comme ancre&#xa0;: %1, dans %2.</translation>
    </message>
    <message>
        <source>server needs a sub-command: tricholog server grant --database URL --role NAME.</source>
        <translation>server demande une sous-commande&#xa0;: tricholog server grant --database URL --role NAME.</translation>
    </message>
    <message>
        <source>The server database, as its owner: postgresql://OWNER@HOST:PORT/DATABASE.</source>
        <translation>La base sur serveur, ouverte par son propriétaire&#xa0;: postgresql://OWNER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The application role the workstations connect as.</source>
        <translation>Le rôle applicatif sous lequel les postes de travail se connectent.</translation>
    </message>
    <message>
        <source>Run by the owner of a server database: creates or upgrades its schema, then grants the application role what the program needs day to day (read and write clinical data, append to the audit trail) and nothing more: it cannot alter, disable or drop triggers, update, delete or truncate the trail, or drop or alter tables.</source>
        <translation>À exécuter par le propriétaire d&apos;une base sur serveur&#xa0;: crée ou met à niveau son schéma, puis accorde au rôle applicatif ce dont le programme a besoin au quotidien (lire et écrire les données cliniques, ajouter des entrées au journal d&apos;audit) et rien de plus&#xa0;: ce rôle ne peut ni modifier, désactiver ou supprimer les déclencheurs, ni modifier, effacer ou tronquer le journal, ni supprimer ou modifier les tables.</translation>
    </message>
    <message>
        <source>--database must be a postgresql:// address: an SQLite file has no roles.</source>
        <translation>--database doit être une adresse postgresql://&#xa0;: un fichier SQLite n&apos;a pas de rôles.</translation>
    </message>
    <message>
        <source>%1 may now work in %2, without changing its structure or its audit trail.</source>
        <translation>%1 peut désormais travailler dans %2, sans pouvoir en modifier la structure ni le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;; use one of: %2.</source>
        <translation>paramètre inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;une des valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 200x150 and 10000x10000, not &quot;%1&quot;.</source>
        <translation>--size doit être de la forme WIDTHxHEIGHT, entre 200x150 et 10000x10000, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--output must end in .png or .svg: &quot;%1&quot;.</source>
        <translation>--output doit se terminer par .png ou .svg&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is %2), not a database file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (c&apos;est %2)&#xa0;: ce n&apos;est pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is empty, not a Tricholog database (a new database is made with tricholog init --database PATH --admin NAME).</source>
        <translation>%1 est vide, ce n&apos;est pas une base de données Tricholog (une nouvelle base se crée avec tricholog init --database PATH --admin NAME).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1 is read-only: this sign-in, and any export it makes, cannot be recorded in the audit trail.</source>
        <translation>avertissement&#xa0;: %1 est en lecture seule&#xa0;: cette connexion, et tout export qu&apos;elle effectue, ne peuvent pas être consignés dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The audit anchor was not recorded: %1</source>
        <translation>L&apos;ancre d&apos;audit n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read %1 to sign in to it.</source>
        <translation>Impossible de lire %1 pour s&apos;y connecter.</translation>
    </message>
    <message>
        <source>Restore a backup of another practice, named by its practice id (or &quot;%1&quot; for a backup from before practice ids).</source>
        <translation>Restaurer une sauvegarde d&apos;un autre cabinet, désigné par son identifiant de cabinet (ou «&#xa0;%1&#xa0;» pour une sauvegarde antérieure aux identifiants de cabinet).</translation>
    </message>
    <message>
        <source>Replaces the database with a backup, as an administrator (TRICHOLOG_USER and TRICHOLOG_PASSWORD), after checking the backup&apos;s integrity, schema version, audit trail, triggers and practice; the current file is kept aside and the restore is written to the restored trail. Close Tricholog on every workstation first.</source>
        <translation>Remplace la base de données par une sauvegarde, en tant qu&apos;administrateur (TRICHOLOG_USER et TRICHOLOG_PASSWORD), après avoir vérifié l&apos;intégrité de la sauvegarde, sa version de schéma, son journal d&apos;audit, ses déclencheurs et son cabinet&#xa0;; le fichier actuel est mis de côté et la restauration est consignée dans le journal restauré. Fermez d&apos;abord Tricholog sur tous les postes de travail.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (expected YYYY-MM-DD).</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date (format attendu&#xa0;: AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>--output must end in .pdf: &quot;%1&quot;.</source>
        <translation>--output doit se terminer par .pdf&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 names no patient (one MRN a line).</source>
        <translation>%1 n&apos;indique aucun patient (un MRN par ligne).</translation>
    </message>
    <message>
        <source>Wrote 1 report to %1 in %2 s (%3 failed).</source>
        <translation>1 rapport écrit dans %1 en %2 s (échecs&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Wrote %1 reports to %2 in %3 s (%4 failed).</source>
        <translation>%1 rapports écrits dans %2 en %3 s (échecs&#xa0;: %4).</translation>
    </message>
    <message>
        <source>A report of every patient, into --out-dir.</source>
        <translation>Un rapport pour chaque patient, dans --out-dir.</translation>
    </message>
    <message>
        <source>A report of each patient the file names (one MRN a line), into --out-dir.</source>
        <translation>Un rapport pour chaque patient indiqué dans le fichier (un MRN par ligne), dans --out-dir.</translation>
    </message>
    <message>
        <source>Folder of the reports, one &lt;MRN&gt;.pdf per patient.</source>
        <translation>Dossier des rapports, un fichier &lt;MRN&gt;.pdf par patient.</translation>
    </message>
    <message>
        <source>--patient and --output write one report; --all or --patients FILE with --out-dir DIR write one per patient. Use one or the other.</source>
        <translation>--patient et --output écrivent un seul rapport&#xa0;; --all ou --patients FILE avec --out-dir DIR en écrivent un par patient. Utilisez l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <source>--all and --patients cannot be used together: give one of them.</source>
        <translation>--all et --patients ne peuvent pas être utilisées ensemble&#xa0;: indiquez l&apos;une des deux options.</translation>
    </message>
    <message>
        <source>report --out-dir needs --all or --patients FILE (one MRN a line).</source>
        <translation>report --out-dir nécessite --all ou --patients FILE (un MRN par ligne).</translation>
    </message>
    <message>
        <source>report --%1 needs --out-dir DIR.</source>
        <translation>report --%1 nécessite --out-dir DIR.</translation>
    </message>
    <message>
        <source>report needs --patient MRN and --output FILE.pdf, or --all or --patients FILE with --out-dir DIR.</source>
        <translation>report nécessite --patient MRN et --output FILE.pdf, ou bien --all ou --patients FILE avec --out-dir DIR.</translation>
    </message>
    <message>
        <source>Instead of --out: FHIR Bulk Data&apos;s NDJSON form, one file per resource type (Patient.ndjson, ...) in this folder.</source>
        <translation>Au lieu de --out : la forme NDJSON de FHIR Bulk Data, un fichier par type de ressource (Patient.ndjson, ...) dans ce dossier.</translation>
    </message>
    <message>
        <source>Writes an HL7 FHIR R4 Bundle (JSON), or with --ndjson the same resources as FHIR Bulk Data NDJSON files.</source>
        <translation>Écrit un Bundle HL7 FHIR R4 (JSON), ou avec --ndjson les mêmes ressources en fichiers NDJSON FHIR Bulk Data.</translation>
    </message>
    <message>
        <source>export fhir needs either --out FILE (a Bundle) or --ndjson DIR, not both.</source>
        <translation>export fhir demande soit --out FICHIER (un Bundle), soit --ndjson DOSSIER, pas les deux.</translation>
    </message>
    <message>
        <source>%1 resources written to %2 (%3).</source>
        <translation>%1 ressources écrites dans %2 (%3).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The trichoscopy image (JPEG or PNG).</source>
        <translation>L&apos;image de trichoscopie (JPEG ou PNG).</translation>
    </message>
    <message>
        <source>The image&apos;s scale in micrometres per pixel.</source>
        <translation>L&apos;échelle de l&apos;image en micromètres par pixel.</translation>
    </message>
    <message>
        <source>Count in this rectangle (pixels; default: the whole image).</source>
        <translation>Compter dans ce rectangle (pixels ; par défaut : toute l&apos;image).</translation>
    </message>
    <message>
        <source>Count in this circle (pixels).</source>
        <translation>Compter dans ce cercle (pixels).</translation>
    </message>
    <message>
        <source>Terminal hairs: at least this wide (default 40).</source>
        <translation>Cheveux terminaux : au moins cette largeur (40 par défaut).</translation>
    </message>
    <message>
        <source>Vellus hairs: narrower than this (default 30).</source>
        <translation>Duvet : plus fin que cette largeur (30 par défaut).</translation>
    </message>
    <message>
        <source>The result (JSON).</source>
        <translation>Le résultat (JSON).</translation>
    </message>
    <message>
        <source>Also draw the field and every hair over the image (PNG).</source>
        <translation>Dessiner aussi le champ et chaque cheveu sur l&apos;image (PNG).</translation>
    </message>
    <message>
        <source>analyse takes --field or --circle, not both.</source>
        <translation>analyse prend --field ou --circle, pas les deux.</translation>
    </message>
    <message>
        <source>--um-per-px needs a number, not %1.</source>
        <translation>--um-per-px attend un nombre, pas %1.</translation>
    </message>
    <message>
        <source>--terminal-from-um and --vellus-below-um need numbers.</source>
        <translation>--terminal-from-um et --vellus-below-um attendent des nombres.</translation>
    </message>
    <message>
        <source>--field needs x,y,w,h: four numbers in pixels, not %1.</source>
        <translation>--field attend x,y,w,h : quatre nombres en pixels, pas %1.</translation>
    </message>
    <message>
        <source>--circle needs cx,cy,r: three numbers in pixels, not %1.</source>
        <translation>--circle attend cx,cy,r : trois nombres en pixels, pas %1.</translation>
    </message>
    <message>
        <source>Could not draw the overlay.</source>
        <translation>Impossible de dessiner la superposition.</translation>
    </message>
    <message>
        <source>%1: %2 hairs in %3 cm2 (%4 per cm2), mean width %5 um, terminal %6 %, vellus %7 %; written to %8.</source>
        <translation>%1 : %2 cheveux sur %3 cm² (%4 par cm²), largeur moyenne %5 µm, terminaux %6 %, duvet %7 % ; écrit dans %8.</translation>
    </message>
    <message>
        <source>An image of a millimetre ruler or stage micrometer, taken with the device at its magnification.</source>
        <translation>Une image d&apos;une règle millimétrique ou d&apos;un micromètre objet, prise avec l&apos;appareil à son grossissement.</translation>
    </message>
    <message>
        <source>The distance between neighbouring ticks: 0.1 or 1.</source>
        <translation>La distance entre deux traits voisins : 0.1 ou 1.</translation>
    </message>
    <message>
        <source>Measures a device&apos;s scale in micrometres per pixel from the tick spacing of a ruler image.</source>
        <translation>Mesure l&apos;échelle d&apos;un appareil en micromètres par pixel à partir de l&apos;espacement des traits d&apos;une image de règle.</translation>
    </message>
    <message>
        <source>--division-mm is 0.1 or 1, not %1.</source>
        <translation>--division-mm vaut 0.1 ou 1, pas %1.</translation>
    </message>
    <message>
        <source>%1 um per pixel, uncertainty %2 (%3 ticks %4 px apart; ruler at %5 degrees)</source>
        <translation>%1 um par pixel, incertitude %2 (%3 traits espacés de %4 px ; règle à %5 degrés)</translation>
    </message>
    <message>
        <source>analyse needs --um-per-px X, or --database PATH --profile NAME (one of them).</source>
        <translation>analyse attend --um-per-px X, ou --database PATH --profile NAME (l&apos;un des deux).</translation>
    </message>
    <message>
        <source>--profile needs --database PATH.</source>
        <translation>--profile attend --database PATH.</translation>
    </message>
    <message>
        <source>With --profile: the database holding it.</source>
        <translation>Avec --profile : la base de données qui le contient.</translation>
    </message>
    <message>
        <source>Take the scale from this device profile instead of --um-per-px (signs in).</source>
        <translation>Prendre l&apos;échelle de ce profil d&apos;appareil au lieu de --um-per-px (avec connexion).</translation>
    </message>
    <message>
        <source>Counts the hair shafts in a trichoscopy image of clipped hair and measures each one&apos;s width. Needs no database, unless the scale comes from a device profile.</source>
        <translation>Compte les tiges pilaires dans une image de trichoscopie de cheveux coupés courts et mesure la largeur de chacune. Aucune base de données n&apos;est nécessaire, sauf si l&apos;échelle vient d&apos;un profil d&apos;appareil.</translation>
    </message>
    <message>
        <source>--image, --output and --overlay must be three different files.</source>
        <translation>--image, --output et --overlay doivent être trois fichiers différents.</translation>
    </message>
    <message>
        <source>Kept as the device profile &quot;%1&quot;.</source>
        <translation>Enregistré comme profil d&apos;appareil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>With --save-profile: the database to keep it in.</source>
        <translation>Avec --save-profile : la base de données où l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Keep the scale as this device profile (made or updated; signs in).</source>
        <translation>Enregistrer l&apos;échelle comme ce profil d&apos;appareil (créé ou mis à jour ; avec connexion).</translation>
    </message>
    <message>
        <source>With --save-profile: the magnification, e.g. 20.</source>
        <translation>Avec --save-profile : le grossissement, par ex. 20.</translation>
    </message>
    <message>
        <source>--save-profile and --database go together; --magnification needs them.</source>
        <translation>--save-profile et --database vont ensemble ; --magnification les demande.</translation>
    </message>
    <message>
        <source>--magnification needs a whole number, not %1.</source>
        <translation>--magnification attend un nombre entier, pas %1.</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;; use one of: %2.</source>
        <translation>zone inconnue &quot;%1&quot; ; utilisez l&apos;une de : %2.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number.</source>
        <translation>--%1 : &quot;%2&quot; n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>--responder-pct: &quot;%1&quot; is not a number.</source>
        <translation>--responder-pct : &quot;%1&quot; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Writes the clinic&apos;s outcomes across patients.</source>
        <translation>Écrit les résultats du cabinet sur tous les patients.</translation>
    </message>
    <message>
        <source>%1 patients in %2 group(s); %3 without a follow-up in the window.</source>
        <translation>%1 patients dans %2 groupe(s) ; %3 sans suivi dans la fenêtre.</translation>
    </message>
    <message>
        <source>--output must end in .csv or .pdf: &quot;%1&quot;.</source>
        <translation>--output doit se terminer par .csv ou .pdf : &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only overdue visits.</source>
        <translation>Seulement les visites en retard.</translation>
    </message>
    <message>
        <source>Writes the recall list: patients whose planned visit is due or overdue.</source>
        <translation>Écrit la liste de rappel : les patients dont la visite prévue arrive ou est en retard.</translation>
    </message>
    <message>
        <source>--due-within-days: &quot;%1&quot; is not a whole number of days from 0 to 3650.</source>
        <translation>--due-within-days : &quot;%1&quot; n&apos;est pas un nombre entier de jours de 0 à 3650.</translation>
    </message>
    <message>
        <source>--output must end in .csv: &quot;%1&quot;.</source>
        <translation>--output doit se terminer par .csv : &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 patients to call, %2 of them overdue.</source>
        <translation>%1 patients à appeler, dont %2 en retard.</translation>
    </message>
    <message>
        <source>Writes a patient&apos;s planned visits as an iCalendar file.</source>
        <translation>Écrit les visites prévues d&apos;un patient dans un fichier iCalendar.</translation>
    </message>
    <message>
        <source>--output must end in .ics: &quot;%1&quot;.</source>
        <translation>--output doit se terminer par .ics : &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 has no treatment plan.</source>
        <translation>%1 n&apos;a pas de plan de traitement.</translation>
    </message>
    <message>
        <source>%1 planned visits written to %2.</source>
        <translation>%1 visites prévues écrites dans %2.</translation>
    </message>
    <message>
        <source>plan needs a sub-command: tricholog plan ics ... (see --help).</source>
        <translation>plan demande une sous-commande : tricholog plan ics ... (voir --help).</translation>
    </message>
    <message>
        <source>%1 rows (clinical records and accounts) compared with the trail: each holds what the trail last logged.</source>
        <translation>%1 lignes (dossiers cliniques et comptes) comparées au journal&#xa0;: chacune contient ce que le journal a consigné en dernier.</translation>
    </message>
    <message>
        <source>%1 of %2 rows (clinical records and accounts) differ from what the trail last logged:</source>
        <translation>%1 lignes sur %2 (dossiers cliniques et comptes) diffèrent de ce que le journal a consigné en dernier&#xa0;:</translation>
    </message>
    <message>
        <source>Tricholog %1: hair-loss clinic records, microneedling sessions and regrowth reports.

Usage:
  tricholog [--database PATH] [--demo] [--lang LANG]
                                          start the application
  tricholog demo --database PATH [--patients N] [--seed S] [--admin NAME]
                                          create a database of generated demo patients
  tricholog chart --database PATH --patient MRN --metric KEY [--percent]
                  --output FILE.png|FILE.svg [--size WIDTHxHEIGHT] [--lang LANG]
                                          render a patient&apos;s progress chart
  tricholog outcomes --database PATH --metric KEY [--site KEY] [--at-weeks N]
                     [--window-weeks W] [--by none|device|needle|diagnosis|
                     adjunct:KEY|adherence] [--responder-pct P] [--from DATE]
                     [--to DATE]
                     --output FILE.csv|FILE.pdf
                                          the clinic&apos;s outcomes across patients
  tricholog recall --database PATH [--due-within-days N] [--overdue]
                   --output FILE.csv
                                          the patients to call: visits due or overdue
  tricholog plan ics --database PATH --patient MRN --output FILE.ics
                                          a patient&apos;s planned visits (iCalendar)
  tricholog report --database PATH --patient MRN --output FILE.pdf
                   [--from DATE] [--to DATE] [--lang LANG]
                                          write a patient&apos;s progress report (PDF)
  tricholog report --database PATH --all | --patients FILE --out-dir DIR
                   [--from DATE] [--to DATE]
                                          one report per patient: DIR/MRN.pdf
  tricholog analyse --image FILE --um-per-px X [--field x,y,w,h | --circle cx,cy,r]
                    [--terminal-from-um T] [--vellus-below-um V]
                    --output FILE.json [--overlay FILE.png]
                                          count and measure the hairs in a trichoscopy image
  tricholog calibrate --image FILE --division-mm 0.1|1
                                          a device&apos;s micrometres per pixel from a ruler image
  tricholog import --database PATH [--patients F.csv] [--diagnoses F.csv]
                   [--sessions F.csv] [--measurements F.csv]
                                          import CSV files, all or nothing
  tricholog export csv --database PATH --out DIR [--patient MRN]
  tricholog export fhir --database PATH --out FILE.json [--patient MRN]
                                          export CSV files or an HL7 FHIR R4 Bundle
  tricholog init --database PATH --admin NAME
                                          a new database and its administrator
  tricholog audit verify --database PATH [--anchor FILE]...
                                          check the audit trail: chain, triggers,
                                          rows, and its head against anchors
  tricholog photos import --database PATH --patient MRN --date DATE --view KEY
                   [--site KEY] [--magnification N] [--notes TEXT] FILE...
                                          attach photos to the session of that date
  tricholog photos verify --database PATH [--patient MRN]
                                          check every original photo&apos;s checksum
  tricholog migrate --from FILE --to postgresql://USER@HOST:PORT/DATABASE
                                          move a practice to a PostgreSQL server
  tricholog backup --database PATH --out FILE
  tricholog restore --database PATH --from FILE [--other-practice ID]
                                          a checked copy of the database; restore one
  tricholog server grant --database postgresql://OWNER@HOST/DB --role NAME
                                          let an application role work in a server database
  tricholog --version | --help

Every verb but demo, init, server, analyse and calibrate signs in with the environment variables
TRICHOLOG_USER and TRICHOLOG_PASSWORD.

Without --database the application opens (or creates) %2.</source>
        <translation>Tricholog %1&amp;#xa0;: dossiers patients de clinique capillaire, séances de microneedling et rapports de repousse.

Utilisation&amp;#xa0;:
  tricholog [--database PATH] [--demo] [--lang LANG]
                                          démarrer l&apos;application
  tricholog demo --database PATH [--patients N] [--seed S] [--admin NAME]
                                          créer une base de patients de démonstration générés
  tricholog chart --database PATH --patient MRN --metric KEY [--percent]
                  --output FILE.png|FILE.svg [--size WIDTHxHEIGHT] [--lang LANG]
                                          générer le graphique d&apos;évolution d&apos;un patient
  tricholog outcomes --database PATH --metric KEY [--site KEY] [--at-weeks N]
                     [--window-weeks W] [--by none|device|needle|diagnosis|
                     adjunct:KEY|adherence] [--responder-pct P] [--from DATE]
                     [--to DATE]
                     --output FILE.csv|FILE.pdf
                                          les résultats du cabinet sur tous les patients
  tricholog recall --database PATH [--due-within-days N] [--overdue]
                   --output FILE.csv
                                          les patients à appeler : visites prévues ou en retard
  tricholog plan ics --database PATH --patient MRN --output FILE.ics
                                          les visites prévues d&apos;un patient (iCalendar)
  tricholog report --database PATH --patient MRN --output FILE.pdf
                   [--from DATE] [--to DATE] [--lang LANG]
                                          écrire le rapport d&apos;évolution d&apos;un patient (PDF)
  tricholog report --database PATH --all | --patients FILE --out-dir DIR
                   [--from DATE] [--to DATE]
                                          un rapport par patient&amp;#xa0;: DIR/MRN.pdf
  tricholog analyse --image FILE --um-per-px X [--field x,y,w,h | --circle cx,cy,r]
                    [--terminal-from-um T] [--vellus-below-um V]
                    --output FILE.json [--overlay FILE.png]
                                          compter et mesurer les cheveux d&apos;une image de trichoscopie
  tricholog calibrate --image FILE --division-mm 0.1|1
                                          l&apos;échelle d&apos;un appareil (µm par pixel) d&apos;après une image de règle
  tricholog import --database PATH [--patients F.csv] [--diagnoses F.csv]
                   [--sessions F.csv] [--measurements F.csv]
                                          importer des fichiers CSV, tout ou rien
  tricholog export csv --database PATH --out DIR [--patient MRN]
  tricholog export fhir --database PATH --out FILE.json [--patient MRN]
                                          exporter des fichiers CSV ou un Bundle HL7 FHIR R4
  tricholog init --database PATH --admin NAME
                                          une nouvelle base de données et son administrateur
  tricholog audit verify --database PATH [--anchor FILE]...
                                          vérifier le journal d&apos;audit&amp;#xa0;: chaîne, déclencheurs,
                                          lignes, et sa tête par rapport aux ancres
  tricholog photos import --database PATH --patient MRN --date DATE --view KEY
                   [--site KEY] [--magnification N] [--notes TEXT] FILE...
                                          joindre des photos à la séance de cette date
  tricholog photos verify --database PATH [--patient MRN]
                                          vérifier la somme de contrôle de chaque photo originale
  tricholog migrate --from FILE --to postgresql://USER@HOST:PORT/DATABASE
                                          transférer un cabinet vers un serveur PostgreSQL
  tricholog backup --database PATH --out FILE
  tricholog restore --database PATH --from FILE [--other-practice ID]
                                          une copie vérifiée de la base de données&amp;#xa0;; en restaurer une
  tricholog server grant --database postgresql://OWNER@HOST/DB --role NAME
                                          autoriser un rôle applicatif à travailler dans une base sur serveur
  tricholog --version | --help

Toutes les sous-commandes, sauf demo, init, server, analyse et calibrate, se connectent avec les variables
d&apos;environnement TRICHOLOG_USER et TRICHOLOG_PASSWORD.

Sans --database, l&apos;application ouvre (ou crée) %2.</translation>
    </message>
</context>
<context>
    <name>CohortCharts</name>
    <message>
        <source>Change from baseline</source>
        <translation>Variation depuis l&apos;inclusion</translation>
    </message>
    <message>
        <source>Change from baseline (%1)</source>
        <translation>Variation depuis l&apos;inclusion (%1)</translation>
    </message>
    <message>
        <source>%1: %2, %3, week %4, %5%6</source>
        <translation>%1 : %2, %3, semaine %4, %5%6</translation>
    </message>
    <message>
        <source>Each patient&apos;s change by group</source>
        <translation>Variation de chaque patient par groupe</translation>
    </message>
    <message>
        <source>Quartiles and 1.5 IQR</source>
        <translation>Quartiles et 1,5 IQR</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Published arms (context)</source>
        <translation>Bras publiés (contexte)</translation>
    </message>
    <message>
        <source>No patients</source>
        <translation>Aucun patient</translation>
    </message>
    <message>
        <source>Responders (change of %1 % or more), 95 % Wilson intervals</source>
        <translation>Répondeurs (variation de %1 % ou plus), intervalles de Wilson à 95 %</translation>
    </message>
    <message>
        <source>Responder rate</source>
        <translation>Taux de répondeurs</translation>
    </message>
    <message>
        <source>Responders (%)</source>
        <translation>Répondeurs (%)</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <source>Each patient&apos;s change by group (groups over %1: outliers and an even sample)</source>
        <translation>Variation de chaque patient par groupe (groupes de plus de %1 : valeurs extrêmes et un échantillon régulier)</translation>
    </message>
</context>
<context>
    <name>CohortReport</name>
    <message>
        <source>Clinic outcomes: %1</source>
        <translation>Résultats du cabinet : %1</translation>
    </message>
    <message>
        <source>%1 · made on %2 · %3 patient(s) analysed</source>
        <translation>%1 · établi le %2 · %3 patient(s) analysé(s)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Results by group</source>
        <translation>Résultats par groupe</translation>
    </message>
    <message>
        <source>Each patient&apos;s change from baseline</source>
        <translation>Variation de chaque patient depuis l&apos;inclusion</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Répondeurs</translation>
    </message>
    <message>
        <source>Published arms, for context</source>
        <translation>Bras publiés, pour situer</translation>
    </message>
    <message>
        <source>From other populations, measuring methods and time points: a frame of reference, not a comparison. Dhurat 2013: 100 men, a tattooed 1 cm² area, weekly 1.5 mm dermaroller. Olsen 2002: men, target-area counts.</source>
        <translation>D&apos;autres populations, méthodes de mesure et délais : un cadre de référence, pas une comparaison. Dhurat 2013 : 100 hommes, zone tatouée de 1 cm², dermaroller 1,5 mm chaque semaine. Olsen 2002 : hommes, comptage dans la zone cible.</translation>
    </message>
    <message>
        <source>Points outside the whiskers</source>
        <translation>Points hors des moustaches</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Clinic outcomes · no patient names</source>
        <translation>Résultats du cabinet · aucun nom de patient</translation>
    </message>
    <message>
        <source>Clinic outcomes across patients</source>
        <translation>Résultats du cabinet sur l&apos;ensemble des patients</translation>
    </message>
    <message>
        <source>hair regrowth, microneedling, cohort outcomes</source>
        <translation>repousse des cheveux, microneedling, résultats de cohorte</translation>
    </message>
</context>
<context>
    <name>CohortText</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 at the %3</source>
        <translation>%1, zone %3</translation>
    </message>
    <message>
        <source>%1 (%2) at the %3</source>
        <translation>%1 (%2), zone %3</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean baseline
(%1)</source>
        <translation>Inclusion moyenne
(%1)</translation>
    </message>
    <message>
        <source>Mean change
(%1)</source>
        <translation>Variation moyenne
(%1)</translation>
    </message>
    <message>
        <source>SD of
change</source>
        <translation>ET de la
variation</translation>
    </message>
    <message>
        <source>95 % CI of
mean change</source>
        <translation>IC 95 % de la
variation moyenne</translation>
    </message>
    <message>
        <source>Mean
change (%)</source>
        <translation>Variation
moyenne (%)</translation>
    </message>
    <message>
        <source>Respon-
ders</source>
        <translation>Répon-
deurs</translation>
    </message>
    <message>
        <source>Responder rate
(95 % CI)</source>
        <translation>Taux de répondeurs
(IC 95 %)</translation>
    </message>
    <message>
        <source>%1 % (%2 to %3)</source>
        <translation>%1 % (%2 à %3)</translation>
    </message>
    <message>
        <source>%1: not computed, each group needs two patients or more with some spread.</source>
        <translation>%1 : non calculé, chaque groupe doit compter au moins deux patients avec une dispersion.</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0,001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>%1: difference of mean changes %2 (95 % CI %3, Welch), %4.</source>
        <translation>%1 : différence des variations moyennes %2 (IC 95 % %3, Welch), %4.</translation>
    </message>
    <message>
        <source>Device used in most sessions from baseline to follow-up (a tie: the first key in alphabetical order)</source>
        <translation>Appareil utilisé dans la plupart des séances de l&apos;inclusion au suivi (en cas d&apos;égalité : la première clé par ordre alphabétique)</translation>
    </message>
    <message>
        <source>Needle length used in most sessions from baseline to follow-up (a tie: the shorter)</source>
        <translation>Longueur d&apos;aiguille utilisée dans la plupart des séances de l&apos;inclusion au suivi (en cas d&apos;égalité : la plus courte)</translation>
    </message>
    <message>
        <source>Type of the earliest active diagnosis</source>
        <translation>Type du diagnostic actif le plus ancien</translation>
    </message>
    <message>
        <source>With or without %1 in any session from baseline to follow-up</source>
        <translation>Avec ou sans %1 dans une séance de l&apos;inclusion au suivi</translation>
    </message>
    <message>
        <source>None (all patients in one group)</source>
        <translation>Aucun (tous les patients dans un groupe)</translation>
    </message>
    <message>
        <source>Baseline: each patient&apos;s earliest measurement of the metric at the site. Follow-up: the measurement closest to baseline + %1 weeks within plus or minus %2 weeks (a tie takes the earlier); patients without one are not analysed and are counted as having no follow-up in the window. Change = follow-up − baseline; percent change = 100 × change / baseline, undefined for a zero baseline (such a patient counts in the change figures, not in the percent figures or the responders). Responder: a percent change of %3 % or more. Per group: mean change, its standard deviation (n − 1) and its 95 % confidence interval, mean ± t(0.975, n − 1) × SD / √n (none for fewer than two patients); responder rate among the patients with a non-zero baseline, with its 95 % Wilson score interval. With and without an adjunct: the difference of mean changes, its Welch 95 % confidence interval (Welch-Satterthwaite degrees of freedom) and the two-sided Welch t-test p-value. Student&apos;s t from Boost.Math. These are observational figures from routine care, not a randomised comparison: groups may differ in ways that affect the outcome.</source>
        <translation>Inclusion : la mesure la plus ancienne de la grandeur sur la zone, pour chaque patient. Suivi : la mesure la plus proche de l&apos;inclusion + %1 semaines, à plus ou moins %2 semaines (en cas d&apos;égalité, la plus ancienne) ; les patients qui n&apos;en ont pas ne sont pas analysés et sont comptés sans suivi dans la fenêtre. Variation = suivi − inclusion ; variation en pourcentage = 100 × variation / inclusion, non définie pour une inclusion nulle (un tel patient compte dans les variations, pas dans les pourcentages ni les répondeurs). Répondeur : une variation de %3 % ou plus. Par groupe : variation moyenne, son écart-type (n − 1) et son intervalle de confiance à 95 %, moyenne ± t(0,975, n − 1) × ET / √n (aucun pour moins de deux patients) ; taux de répondeurs parmi les patients à inclusion non nulle, avec son intervalle de score de Wilson à 95 %. Avec et sans traitement associé : la différence des variations moyennes, son intervalle de confiance de Welch à 95 % (degrés de liberté de Welch-Satterthwaite) et la valeur p bilatérale du test t de Welch. Loi t de Student issue de Boost.Math. Ce sont des données d&apos;observation de la pratique courante, pas une comparaison randomisée : les groupes peuvent différer sur des points qui influent sur le résultat.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>%1 to %2 years at baseline</source>
        <translation>%1 à %2 ans à l&apos;inclusion</translation>
    </message>
    <message>
        <source>%1 years or more at baseline</source>
        <translation>%1 ans ou plus à l&apos;inclusion</translation>
    </message>
    <message>
        <source>up to %1 years at baseline</source>
        <translation>jusqu&apos;à %1 ans à l&apos;inclusion</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>le premier</translation>
    </message>
    <message>
        <source>the latest</source>
        <translation>le dernier</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>week %1, plus or minus %2 weeks</source>
        <translation>semaine %1, à plus ou moins %2 semaines</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Responder threshold</source>
        <translation>Seuil de réponse</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Earliest active diagnosis</source>
        <translation>Diagnostic actif le plus ancien</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Baseline dates</source>
        <translation>Dates d&apos;inclusion</translation>
    </message>
    <message>
        <source>Not analysed: %1 patient(s) without a follow-up in the window. Zero baseline: %2 patient(s), counted in the change figures only.</source>
        <translation>Non analysés : %1 patient(s) sans suivi dans la fenêtre. Inclusion nulle : %2 patient(s), comptés dans les variations seulement.</translation>
    </message>
    <message>
        <source>Published arms (grey marks, other populations and time points): %1.</source>
        <translation>Bras publiés (marques grises, autres populations et délais) : %1.</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Bras</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Variation moyenne</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>ET</translation>
    </message>
    <message>
        <source>Adherence to the patient&apos;s latest treatment plan today: the share of the planned sessions due so far that were kept within the tolerance, at least 80 % or under 80 %; patients without a plan (or before a planned session was due) apart</source>
        <translation>Observance du dernier plan de traitement du patient à ce jour : la part des séances prévues échues tenues dans la tolérance, au moins 80 % ou moins de 80 % ; les patients sans plan (ou avant qu&apos;une séance prévue soit échue) à part</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Add %n measurement(s)</source>
        <translation>
            <numerusform>Ajout de %n mesure</numerusform>
            <numerusform>Ajout de %n mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %n photo(s)</source>
        <translation>
            <numerusform>Ajout de %n photo</numerusform>
            <numerusform>Ajout de %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit photo</source>
        <translation>Modification de la photo</translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>Suppression de la photo</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajout de %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnostic</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>Save the image analysis</source>
        <translation>Enregistrement de l&apos;analyse d&apos;image</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;).</source>
        <translation>Ligne %1&#xa0;: texte après un guillemet fermant (un guillemet dans un champ entre guillemets doit être doublé&#xa0;: &quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;).</source>
        <translation>Ligne %1&#xa0;: guillemet dans un champ sans guillemets&#xa0;; mettez tout le champ entre guillemets et doublez le guillemet (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (unbalanced quote).</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n&apos;est jamais fermé (guillemet non apparié).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line.</source>
        <translation>Le fichier est vide&#xa0;: il lui faut une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Line %1 has %2 field(s) but the header has %3 (is the delimiter &quot;%4&quot; right?).</source>
        <translation>La ligne %1 a %2 champ(s) mais l&apos;en-tête en a %3 (le séparateur «&#xa0;%4&#xa0;» est-il le bon&#xa0;?).</translation>
    </message>
    <message>
        <source>The file is not UTF-8, UTF-16 or Windows-1252 text (byte 0x%1 on line %2 is none of them); save it from the spreadsheet as CSV UTF-8.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8, UTF-16 ou Windows-1252 (l&apos;octet 0x%1 à la ligne %2 ne correspond à aucun de ces encodages)&#xa0;; enregistrez-le depuis le tableur au format CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-16 valide.</translation>
    </message>
    <message>
        <source>The file starts as UTF-8 (byte-order mark) but holds bytes that are not UTF-8.</source>
        <translation>Le fichier commence comme de l&apos;UTF-8 (indicateur d&apos;ordre des octets, BOM) mais contient des octets qui ne sont pas de l&apos;UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text: a surrogate without its pair (U+%1) on line %2.</source>
        <translation>Le fichier n’est pas un texte UTF-16 valide : un demi-codet sans sa paire (U+%1) à la ligne %2.</translation>
    </message>
    <message>
        <source>Line %1: a row of more than %2 million characters (is this a CSV file, or is a quote never closed?).</source>
        <translation>Ligne %1 : une ligne de plus de %2 millions de caractères (est-ce un fichier CSV, ou un guillemet n’est-il jamais fermé ?).</translation>
    </message>
    <message>
        <source>Line %1: a row of more than %2 fields (is this a CSV file?).</source>
        <translation>Ligne %1 : une ligne de plus de %2 champs (est-ce un fichier CSV ?).</translation>
    </message>
    <message>
        <source>The file mixes UTF-8 (line %1) with another encoding (line %2): read either way, some of its names would come out garbled. Save it from the spreadsheet as CSV UTF-8.</source>
        <translation>Le fichier mélange l&apos;UTF-8 (ligne %1) et un autre encodage (ligne %2)&#xa0;: lu d&apos;une façon ou de l&apos;autre, certains de ses noms seraient déformés. Enregistrez-le depuis le tableur au format CSV UTF-8.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>No patient with MRN &quot;%1&quot;.</source>
        <translation>Aucun patient avec le MRN «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>not a date: use YYYY-MM-DD with a day that exists</source>
        <translation>pas une date&#xa0;: utilisez AAAA-MM-JJ avec un jour qui existe</translation>
    </message>
    <message>
        <source>not a number (use a dot as decimal separator, e.g. 1.5)</source>
        <translation>pas un nombre (utilisez le point comme séparateur décimal, p. ex. 1.5)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>pas un nombre entier</translation>
    </message>
    <message>
        <source>use yes or no</source>
        <translation>utilisez yes ou no</translation>
    </message>
    <message>
        <source>unknown key; use one of: %1</source>
        <translation>clé inconnue&#xa0;; utilisez l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>use I to VI (or 1 to 6)</source>
        <translation>utilisez I à VI (ou 1 à 6)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>required; use one of: %1</source>
        <translation>obligatoire&#xa0;; utilisez l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>required: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>obligatoire&#xa0;: AAAA-MM-JJ ou AAAA-MM-JJThh:mm</translation>
    </message>
    <message>
        <source>not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM with a day that exists</source>
        <translation>pas une date&#xa0;: utilisez AAAA-MM-JJ ou AAAA-MM-JJThh:mm avec un jour qui existe</translation>
    </message>
    <message>
        <source>this local time does not exist (a daylight-saving change skips it)</source>
        <translation>cette heure locale n’existe pas (le changement d’heure la saute)</translation>
    </message>
    <message>
        <source>give the severity after a colon, e.g. %1:mild (%2)</source>
        <translation>indiquez la sévérité après deux-points, p. ex. %1:mild (%2)</translation>
    </message>
    <message>
        <source>required: YYYY-MM-DD</source>
        <translation>obligatoire&#xa0;: AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>for the SALT scale give the hair loss in % of the four regions: vertex|posterior|right|left, e.g. 50|25|10|0, or the SALT total alone, e.g. 27.8</source>
        <translation>pour l&apos;échelle SALT, indiquez la perte de cheveux en % dans les quatre régions&#xa0;: vertex|postérieure|droite|gauche, p. ex. 50|25|10|0, ou le SALT total seul, p. ex. 27.8</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>patients</source>
        <translation>patients</translation>
    </message>
    <message>
        <source>diagnoses</source>
        <translation>diagnostics</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>mesures</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, colonne %1</translation>
    </message>
    <message>
        <source>Nothing to import: name at least one file.</source>
        <translation>Rien à importer&#xa0;: indiquez au moins un fichier.</translation>
    </message>
    <message>
        <source>%1 problem(s) found; nothing was imported.
%2</source>
        <translation>%1 problème(s) trouvé(s)&#xa0;; rien n&apos;a été importé.
%2</translation>
    </message>
    <message>
        <source>missing column; a %1 file needs: %2</source>
        <translation>colonne manquante&#xa0;; un fichier de %1 nécessite&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown column; the columns of a %1 file are: %2</source>
        <translation>colonne inconnue&#xa0;; les colonnes d&apos;un fichier de %1 sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>column given twice</source>
        <translation>colonne présente deux fois</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>no patient with this MRN, in the database or in the patients file</source>
        <translation>aucun patient avec ce MRN, ni dans la base de données ni dans le fichier des patients</translation>
    </message>
    <message>
        <source>the same MRN as line %1</source>
        <translation>même MRN qu&apos;à la ligne %1</translation>
    </message>
    <message>
        <source>duplicates line %1</source>
        <translation>double de la ligne %1</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; there</source>
        <translation>%1 y vaut « %2 »</translation>
    </message>
    <message>
        <source>already in the database with other values (%1); change the record in Tricholog, or leave this row out</source>
        <translation>déjà dans la base avec d’autres valeurs (%1) ; modifiez l’enregistrement dans Tricholog ou retirez cette ligne</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>L&apos;import n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already present (unchanged); read as %4</source>
        <translation>%1&#xa0;: %2 ajouté(s), %3 déjà présent(s) (inchangé(s))&#xa0;; lu en %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’import a été annulé ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The import&apos;s temporary file of row keys could not be read: %1</source>
        <translation>Le fichier temporaire des clés de lignes de l&apos;import n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Diagnosis %1 does not exist.</source>
        <translation>Le diagnostic %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Measurement %1 does not exist.</source>
        <translation>La mesure %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Outcome %1 does not exist.</source>
        <translation>L&apos;évaluation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The patient was never saved.</source>
        <translation>Le patient n&apos;a jamais été enregistré.</translation>
    </message>
    <message>
        <source>Patient %1 does not exist.</source>
        <translation>Le patient %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No patient has the record number &quot;%1&quot;.</source>
        <translation>Aucun patient ne porte le numéro de dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Session %1 does not exist.</source>
        <translation>La séance %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No session yet.</source>
        <translation>Aucune séance pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved (%1).</source>
        <translation>Le disque est plein&#xa0;: la modification n&apos;a pas été enregistrée (%1).</translation>
    </message>
    <message>
        <source>The database is read-only: the change was not saved (%1).</source>
        <translation>La base de données est en lecture seule&#xa0;: la modification n&apos;a pas été enregistrée (%1).</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again (%1).</source>
        <translation>La base de données est occupée par un autre programme&#xa0;; réessayez (%1).</translation>
    </message>
    <message>
        <source>The file is not a database (%1).</source>
        <translation>Le fichier n&apos;est pas une base de données (%1).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>Le fichier de base de données est endommagé (%1).</translation>
    </message>
    <message>
        <source>The database file cannot be opened (%1).</source>
        <translation>Le fichier de base de données ne peut pas être ouvert (%1).</translation>
    </message>
    <message>
        <source>The disk reported an error: the change was not saved (%1).</source>
        <translation>Le disque a signalé une erreur&#xa0;: la modification n&apos;a pas été enregistrée (%1).</translation>
    </message>
    <message>
        <source>Unknown database error</source>
        <translation>Erreur de base de données inconnue</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database %2: check that the path exists and is writable.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données %2&#xa0;: vérifiez que le chemin existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tricholog database (it is not an SQLite file).</source>
        <translation>%1 n&apos;est pas une base de données Tricholog (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging (journal mode is %2); the file may be on a read-only or network drive.</source>
        <translation>Impossible de passer %1 en journalisation anticipée (WAL)&#xa0;: le mode de journal est %2&#xa0;; le fichier se trouve peut-être sur un lecteur réseau ou en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>Impossible de configurer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Foreign keys cannot be enabled on %1.</source>
        <translation>Les clés étrangères ne peuvent pas être activées sur %1.</translation>
    </message>
    <message>
        <source>synchronous=FULL cannot be set on %1.</source>
        <translation>synchronous=FULL ne peut pas être défini sur %1.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tricholog database.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas une base de données Tricholog.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tricholog (schema version %2; this version knows up to %3). Update Tricholog to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Tricholog (version de schéma %2&#xa0;; cette version connaît jusqu&apos;à la version %3). Mettez Tricholog à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Not migrating %1: the backup copy could not be written (%2).</source>
        <translation>Migration de %1 annulée&#xa0;: la copie de sauvegarde n&apos;a pas pu être écrite (%2).</translation>
    </message>
    <message>
        <source>Cannot start migrating %1: %2</source>
        <translation>Impossible de démarrer la migration de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Migrating %1 to schema version %2 failed; the file is left at version %3. Reason: %4</source>
        <translation>La migration de %1 vers la version de schéma %2 a échoué&#xa0;; le fichier reste en version %3. Raison&#xa0;: %4</translation>
    </message>
    <message>
        <source>A backup copy is at %1.</source>
        <translation>Une copie de sauvegarde se trouve dans %1.</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it.</source>
        <translation>%1 existe déjà&#xa0;; il n&apos;est pas écrasé.</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Impossible de préparer la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this; ask a clinician or the administrator.</source>
        <translation>%1 (%2) n’a pas le droit de faire cela ; demandez à un praticien ou à l’administrateur.</translation>
    </message>
    <message>
        <source>Sign in first: this database has accounts.</source>
        <translation>Connectez-vous d’abord : cette base de données a des comptes.</translation>
    </message>
    <message>
        <source>This %1 no longer exists (deleted meanwhile).</source>
        <translation>Cet enregistrement (%1) n’existe plus (supprimé entre-temps).</translation>
    </message>
    <message>
        <source>%1 saved this %2 at %3, after you opened it. Your change was not saved: reload (F5) to see theirs, then edit again.</source>
        <translation>%1 a enregistré cet enregistrement (%2) à %3, après que vous l’avez ouvert. Votre modification n’a pas été enregistrée : rechargez (F5) pour voir la sienne, puis modifiez à nouveau.</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnostic</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older Tricholog: open it once with write access so it can be upgraded.</source>
        <translation>%1 est en lecture seule et a été écrit par une version antérieure de Tricholog : ouvrez-le une fois avec le droit d’écriture pour qu’il soit mis à niveau.</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be saved.</source>
        <translation>%1 est ouvert en lecture seule : rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>Photo %1 does not exist.</source>
        <translation>La photo %1 n&apos;existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>This session has %n photo(s): delete them first (Photos tab) if the session is to go.</source>
        <translation>
            <numerusform>Cette séance a %n photo&#xa0;: supprimez-la d&apos;abord (onglet Photos) si la séance doit être supprimée.</numerusform>
            <numerusform>Cette séance a %n photos&#xa0;: supprimez-les d&apos;abord (onglet Photos) si la séance doit être supprimée.</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2:%3</source>
        <translation>Base PostgreSQL %1 sur %2:%3</translation>
    </message>
    <message>
        <source>SQLite database: %1</source>
        <translation>Base SQLite&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur&#xa0;; écrivez postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>A password does not belong in the address (it would be seen in the process list and the history): give it in TRICHOLOG_DB_PASSWORD, in ~/.pgpass, or when asked.</source>
        <translation>Un mot de passe n&apos;a pas sa place dans l&apos;adresse (il serait visible dans la liste des processus et l&apos;historique)&#xa0;: donnez-le dans TRICHOLOG_DB_PASSWORD, dans ~/.pgpass, ou quand il est demandé.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt n&apos;est pas installé (Debian&#xa0;: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1 on %2:%3: %4</source>
        <translation>Connexion impossible à la base %1 sur %2:%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a Tricholog database: use an empty database.</source>
        <translation>%1 contient les tables d&apos;un autre programme, pas une base Tricholog&#xa0;: utilisez une base vide.</translation>
    </message>
    <message>
        <source>A server database is backed up on the server, with pg_dump (see the README for clinic IT).</source>
        <translation>Une base sur serveur se sauvegarde sur le serveur, avec pg_dump (voir le README pour l&apos;informatique de la clinique).</translation>
    </message>
    <message>
        <source>The database server cannot be reached: the change was not saved. Tricholog connects again on the next try (%1).</source>
        <translation>Le serveur de base de données est injoignable&#xa0;: la modification n&apos;a pas été enregistrée. Tricholog se reconnecte à la prochaine tentative (%1).</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: the change was not saved (%1).</source>
        <translation>Le disque du serveur de base de données est plein&#xa0;: la modification n&apos;a pas été enregistrée (%1).</translation>
    </message>
    <message>
        <source>Interrupted (%1).</source>
        <translation>Interrompu (%1).</translation>
    </message>
    <message>
        <source>The database is busy with another workstation&apos;s change; try again (%1).</source>
        <translation>La base est occupée par la modification d&apos;un autre poste&#xa0;; réessayez (%1).</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is %2), not a database file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (c&apos;est %2)&#xa0;: ce n&apos;est pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is open read-only: its audit protection was changed outside Tricholog (%2). Nothing can be saved until an administrator restores a backup; tricholog audit verify names what is wrong.</source>
        <translation>%1 est ouvert en lecture seule&#xa0;: sa protection d&apos;audit a été modifiée en dehors de Tricholog (%2). Rien ne peut être enregistré tant qu&apos;un administrateur n&apos;a pas restauré une sauvegarde&#xa0;; tricholog audit verify indique ce qui ne va pas.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2).</source>
        <translation>Le fichier de base de données %1 est endommagé (%2).</translation>
    </message>
    <message>
        <source>The server ended the read without a reason.</source>
        <translation>Le serveur a mis fin à la lecture sans en donner la raison.</translation>
    </message>
    <message>
        <source>The server&apos;s rows did not start as expected.</source>
        <translation>Les lignes du serveur ne commençaient pas comme prévu.</translation>
    </message>
    <message>
        <source>A row from the server could not be read.</source>
        <translation>Une ligne envoyée par le serveur n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>DeviceProfiles</name>
    <message>
        <source>The name must have 1 to %1 characters.</source>
        <translation>Le nom doit avoir de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>The scale must be between 0.2 and 50 micrometres per pixel (given: %1).</source>
        <translation>L&apos;échelle doit être comprise entre 0,2 et 50 micromètres par pixel (donnée : %1).</translation>
    </message>
    <message>
        <source>The magnification must be 1 to 1000 (given: %1).</source>
        <translation>Le grossissement doit être de 1 à 1000 (donné : %1).</translation>
    </message>
    <message>
        <source>The uncertainty cannot be negative.</source>
        <translation>L&apos;incertitude ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The calibration date is missing.</source>
        <translation>La date d&apos;étalonnage manque.</translation>
    </message>
    <message>
        <source>The method must be ruler or entered, not %1.</source>
        <translation>La méthode doit être ruler ou entered, pas %1.</translation>
    </message>
    <message>
        <source>There is no device profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de profil d&apos;appareil nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A device profile named &quot;%1&quot; exists.</source>
        <translation>Un profil d&apos;appareil nommé &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <source>device profile</source>
        <translation>profil d&apos;appareil</translation>
    </message>
    <message>
        <source>The device profile is gone.</source>
        <translation>Le profil d&apos;appareil n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <source>III vertex</source>
        <translation>III vertex</translation>
    </message>
</context>
<context>
    <name>EngineCopy</name>
    <message>
        <source>Copied and counted again: %1. The audit trail&apos;s %2 entries link up on the server.</source>
        <translation>Copié et recompté&#xa0;: %1. Les %2 entrées du journal d&apos;audit s&apos;enchaînent sur le serveur.</translation>
    </message>
    <message>
        <source>A practice moves from an SQLite file to a PostgreSQL server.</source>
        <translation>Un cabinet passe d&apos;un fichier SQLite à un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>Les deux bases ont des versions de schéma différentes (%1 et %2).</translation>
    </message>
    <message>
        <source>%1 is not empty (it has %2 rows): a practice moves into an empty database only.</source>
        <translation>%1 n&apos;est pas vide (elle a %2 lignes)&#xa0;: un cabinet ne passe que dans une base vide.</translation>
    </message>
    <message>
        <source>Stopped: nothing was kept.</source>
        <translation>Arrêté&#xa0;: rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>%1: %2 rows in the file, %3 on the server after the copy.</source>
        <translation>%1&#xa0;: %2 lignes dans le fichier, %3 sur le serveur après la copie.</translation>
    </message>
    <message>
        <source>The audit trail on the server does not check out: %1.</source>
        <translation>Le journal d&apos;audit sur le serveur ne se vérifie pas&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ExportedMessage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>FhirExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImageAnalyses</name>
    <message>
        <source>The analysis has no hairs or no engine named.</source>
        <translation>L&apos;analyse ne contient aucun cheveu ou ne nomme aucun algorithme.</translation>
    </message>
    <message>
        <source>image analysis</source>
        <translation>analyse d&apos;image</translation>
    </message>
    <message>
        <source>Image analysis %1 does not exist.</source>
        <translation>L&apos;analyse d&apos;image %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Measurement %1 was not made by image analysis.</source>
        <translation>La mesure %1 n&apos;a pas été obtenue par analyse d&apos;image.</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>the trigger %1 is missing</source>
        <translation>le déclencheur %1 est absent</translation>
    </message>
    <message>
        <source>the trigger %1 was altered</source>
        <translation>le déclencheur %1 a été modifié</translation>
    </message>
    <message>
        <source>the trigger %1 is not Tricholog&apos;s</source>
        <translation>le déclencheur %1 n&apos;est pas celui de Tricholog</translation>
    </message>
    <message>
        <source>the trigger %1 is disabled</source>
        <translation>le déclencheur %1 est désactivé</translation>
    </message>
    <message>
        <source>the function %1 is missing</source>
        <translation>la fonction %1 est absente</translation>
    </message>
    <message>
        <source>the function %1 was altered</source>
        <translation>la fonction %1 a été modifiée</translation>
    </message>
    <message>
        <source>%1 %2 (patient %3)</source>
        <translation>%1 %2 (patient %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 changed outside Tricholog</source>
        <translation>%1&#xa0;: %2 modifié(s) en dehors de Tricholog</translation>
    </message>
    <message>
        <source>%1: added outside Tricholog (the trail never logged it)</source>
        <translation>%1&#xa0;: ajouté en dehors de Tricholog (le journal ne l&apos;a jamais consigné)</translation>
    </message>
    <message>
        <source>%1: removed outside Tricholog (no deletion was logged)</source>
        <translation>%1&#xa0;: supprimé en dehors de Tricholog (aucune suppression n&apos;a été consignée)</translation>
    </message>
    <message>
        <source>%1: the rows the import of trail entry %2 wrote were changed, added or removed outside Tricholog (they no longer add up to what the import recorded)</source>
        <translation>%1 : les lignes écrites par l’import de l’entrée %2 du journal ont été modifiées, ajoutées ou supprimées hors de Tricholog (elles ne correspondent plus à ce que l’import a enregistré)</translation>
    </message>
    <message>
        <source>%1 %2 to %3: rows the import of trail entry %4 wrote there were changed, added or removed outside Tricholog (they no longer add up to what the import recorded)</source>
        <translation>%1 %2 à %3 : des lignes écrites là par l’import de l’entrée %4 du journal ont été modifiées, ajoutées ou supprimées hors de Tricholog (elles ne correspondent plus à ce que l’import a enregistré)</translation>
    </message>
    <message>
        <source>the audit trail&apos;s table or index %1 is missing</source>
        <translation>la table ou l&apos;index %1 du journal d&apos;audit est absent</translation>
    </message>
    <message>
        <source>the audit trail&apos;s table or index %1 was altered</source>
        <translation>la table ou l&apos;index %1 du journal d&apos;audit a été modifié</translation>
    </message>
    <message>
        <source>the index or constraint %1 on the audit trail is not Tricholog&apos;s</source>
        <translation>l&apos;index ou la contrainte %1 du journal d&apos;audit n&apos;est pas celui de Tricholog</translation>
    </message>
    <message>
        <source>the rule %1 on %2 is not Tricholog&apos;s</source>
        <translation>la règle %1 sur %2 n&apos;est pas celle de Tricholog</translation>
    </message>
    <message>
        <source>row-level security on %1 is not Tricholog&apos;s</source>
        <translation>la sécurité au niveau des lignes sur %1 n&apos;est pas celle de Tricholog</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>no sessions yet</source>
        <translation>aucune séance pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sessions, course complete</source>
        <translation>%1 séances sur %2, protocole terminé</translation>
    </message>
    <message>
        <source>session %1 of %2</source>
        <translation>séance %1 sur %2</translation>
    </message>
    <message>
        <source>undefined (baseline is 0)</source>
        <translation>non défini (valeur initiale nulle)</translation>
    </message>
    <message>
        <source>needs two visits</source>
        <translation>deux visites nécessaires</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Répondeur</translation>
    </message>
    <message>
        <source>Non-responder</source>
        <translation>Non-répondeur</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>Pas encore déterminé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>limitée</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>very severe</source>
        <translation>très sévère</translation>
    </message>
    <message>
        <source>SALT %1 (%2)</source>
        <translation>SALT %1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>much worse</source>
        <translation>nettement aggravé</translation>
    </message>
    <message>
        <source>moderately worse</source>
        <translation>modérément aggravé</translation>
    </message>
    <message>
        <source>slightly worse</source>
        <translation>légèrement aggravé</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>slightly better</source>
        <translation>légèrement amélioré</translation>
    </message>
    <message>
        <source>moderately better</source>
        <translation>modérément amélioré</translation>
    </message>
    <message>
        <source>much better</source>
        <translation>nettement amélioré</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other / unknown</source>
        <translation>Autre / inconnu</translation>
    </message>
    <message>
        <source>Androgenetic alopecia, male pattern</source>
        <translation>Alopécie androgénétique masculine</translation>
    </message>
    <message>
        <source>Androgenetic alopecia, female pattern</source>
        <translation>Alopécie androgénétique féminine</translation>
    </message>
    <message>
        <source>Alopecia areata (patchy)</source>
        <translation>Pelade (en plaques)</translation>
    </message>
    <message>
        <source>Alopecia totalis</source>
        <translation>Pelade décalvante totale</translation>
    </message>
    <message>
        <source>Alopecia universalis</source>
        <translation>Pelade universelle</translation>
    </message>
    <message>
        <source>Ophiasis</source>
        <translation>Ophiasis</translation>
    </message>
    <message>
        <source>Telogen effluvium</source>
        <translation>Effluvium télogène</translation>
    </message>
    <message>
        <source>Anagen effluvium</source>
        <translation>Effluvium anagène</translation>
    </message>
    <message>
        <source>Traction alopecia</source>
        <translation>Alopécie de traction</translation>
    </message>
    <message>
        <source>Cicatricial (scarring) alopecia</source>
        <translation>Alopécie cicatricielle</translation>
    </message>
    <message>
        <source>Other / unspecified alopecia</source>
        <translation>Autre alopécie / non précisée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>In remission</source>
        <translation>En rémission</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>No scale</source>
        <translation>Aucune échelle</translation>
    </message>
    <message>
        <source>Norwood-Hamilton</source>
        <translation>Norwood-Hamilton</translation>
    </message>
    <message>
        <source>Ludwig</source>
        <translation>Ludwig</translation>
    </message>
    <message>
        <source>Sinclair</source>
        <translation>Sinclair</translation>
    </message>
    <message>
        <source>SALT</source>
        <translation>SALT</translation>
    </message>
    <message>
        <source>Yellow dots</source>
        <translation>Points jaunes</translation>
    </message>
    <message>
        <source>Black dots</source>
        <translation>Points noirs</translation>
    </message>
    <message>
        <source>Broken hairs</source>
        <translation>Cheveux cassés</translation>
    </message>
    <message>
        <source>Exclamation-mark hairs</source>
        <translation>Cheveux en point d&apos;exclamation</translation>
    </message>
    <message>
        <source>Short vellus hairs</source>
        <translation>Duvets courts</translation>
    </message>
    <message>
        <source>Hair-diameter diversity &gt; 20 %</source>
        <translation>Variabilité du diamètre des cheveux &gt; 20 %</translation>
    </message>
    <message>
        <source>Perifollicular discoloration</source>
        <translation>Décoloration périfolliculaire</translation>
    </message>
    <message>
        <source>Peripilar sign</source>
        <translation>Signe péripilaire</translation>
    </message>
    <message>
        <source>Tufting</source>
        <translation>Touffes (polytrichie)</translation>
    </message>
    <message>
        <source>Absent follicular openings</source>
        <translation>Absence d&apos;orifices folliculaires</translation>
    </message>
    <message>
        <source>Perifollicular scaling</source>
        <translation>Desquamation périfolliculaire</translation>
    </message>
    <message>
        <source>Dermaroller</source>
        <translation>Dermaroller</translation>
    </message>
    <message>
        <source>Dermastamp</source>
        <translation>Dermastamp</translation>
    </message>
    <message>
        <source>Automated pen</source>
        <translation>Stylo de microneedling</translation>
    </message>
    <message>
        <source>Fractional RF microneedling</source>
        <translation>Microneedling par radiofréquence fractionnée</translation>
    </message>
    <message>
        <source>Frontal</source>
        <translation>Frontale</translation>
    </message>
    <message>
        <source>Mid-scalp</source>
        <translation>Zone médiane</translation>
    </message>
    <message>
        <source>Vertex</source>
        <translation>Vertex</translation>
    </message>
    <message>
        <source>Left temporal</source>
        <translation>Temporale gauche</translation>
    </message>
    <message>
        <source>Right temporal</source>
        <translation>Temporale droite</translation>
    </message>
    <message>
        <source>Occipital</source>
        <translation>Occipitale</translation>
    </message>
    <message>
        <source>Target area</source>
        <translation>Zone cible</translation>
    </message>
    <message>
        <source>Mild erythema</source>
        <translation>Érythème léger</translation>
    </message>
    <message>
        <source>Pinpoint bleeding</source>
        <translation>Saignement punctiforme</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Phototrichogram</source>
        <translation>Phototrichogramme</translation>
    </message>
    <message>
        <source>Trichoscopy (software-assisted)</source>
        <translation>Trichoscopie (assistée par logiciel)</translation>
    </message>
    <message>
        <source>Manual count</source>
        <translation>Comptage manuel</translation>
    </message>
    <message>
        <source>Erythema</source>
        <translation>Érythème</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>Prurit</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Oedema</source>
        <translation>Œdème</translation>
    </message>
    <message>
        <source>Ecchymosis</source>
        <translation>Ecchymose</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Céphalées</translation>
    </message>
    <message>
        <source>Shedding</source>
        <translation>Chute de cheveux</translation>
    </message>
    <message>
        <source>Folliculitis / infection</source>
        <translation>Folliculite / infection</translation>
    </message>
    <message>
        <source>Post-inflammatory hyperpigmentation</source>
        <translation>Hyperpigmentation post-inflammatoire</translation>
    </message>
    <message>
        <source>Milia</source>
        <translation>Grains de milium</translation>
    </message>
    <message>
        <source>Scarring</source>
        <translation>Cicatrices</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Léger</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>Minoxidil</source>
        <translation>Minoxidil</translation>
    </message>
    <message>
        <source>Platelet-rich plasma</source>
        <translation>Plasma riche en plaquettes (PRP)</translation>
    </message>
    <message>
        <source>Exosomes</source>
        <translation>Exosomes</translation>
    </message>
    <message>
        <source>Growth-factor serum</source>
        <translation>Sérum de facteurs de croissance</translation>
    </message>
    <message>
        <source>Topical finasteride</source>
        <translation>Finastéride topique</translation>
    </message>
    <message>
        <source>Dutasteride mesotherapy</source>
        <translation>Mésothérapie au dutastéride</translation>
    </message>
    <message>
        <source>Global frontal</source>
        <translation>Vue globale frontale</translation>
    </message>
    <message>
        <source>Global vertex</source>
        <translation>Vue globale du vertex</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Trichoscopic</source>
        <translation>Trichoscopique</translation>
    </message>
    <message>
        <source>from the camera (EXIF)</source>
        <translation>d&apos;après l&apos;appareil photo (EXIF)</translation>
    </message>
    <message>
        <source>from the file&apos;s time</source>
        <translation>d&apos;après l&apos;heure du fichier</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>saisie manuellement</translation>
    </message>
    <message>
        <source>Hair density</source>
        <translation>Densité capillaire</translation>
    </message>
    <message>
        <source>Mean hair-shaft diameter</source>
        <translation>Diamètre moyen de la tige pilaire</translation>
    </message>
    <message>
        <source>Terminal hairs</source>
        <translation>Cheveux terminaux</translation>
    </message>
    <message>
        <source>Vellus hairs</source>
        <translation>Duvet (vellus)</translation>
    </message>
    <message>
        <source>Anagen hairs</source>
        <translation>Cheveux anagènes</translation>
    </message>
    <message>
        <source>Telogen hairs</source>
        <translation>Cheveux télogènes</translation>
    </message>
    <message>
        <source>Hair count in target area</source>
        <translation>Nombre de cheveux dans la zone cible</translation>
    </message>
    <message>
        <source>Cumulative hair thickness</source>
        <translation>Épaisseur capillaire cumulée</translation>
    </message>
    <message>
        <source>Too early to judge</source>
        <translation>Trop tôt pour conclure</translation>
    </message>
    <message>
        <source>Control site</source>
        <translation>Site témoin</translation>
    </message>
    <message>
        <source>Image analysis (Tricholog)</source>
        <translation>Analyse d&apos;image (Tricholog)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>MeasurementFields</name>
    <message>
        <source>Hair density</source>
        <translation>Densité capillaire</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densité</translation>
    </message>
    <message>
        <source>Hair count</source>
        <translation>Nombre de cheveux</translation>
    </message>
    <message>
        <source>Counted area</source>
        <translation>Surface comptée</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <source>Mean hair-shaft diameter</source>
        <translation>Diamètre moyen de la tige pilaire</translation>
    </message>
    <message>
        <source>Mean diameter</source>
        <translation>Diamètre moyen</translation>
    </message>
    <message>
        <source>Terminal hairs</source>
        <translation>Cheveux terminaux</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminaux</translation>
    </message>
    <message>
        <source>Vellus hairs</source>
        <translation>Duvet (vellus)</translation>
    </message>
    <message>
        <source>Vellus</source>
        <translation>Duvet</translation>
    </message>
    <message>
        <source>Anagen hairs</source>
        <translation>Cheveux anagènes</translation>
    </message>
    <message>
        <source>Anagen</source>
        <translation>Anagènes</translation>
    </message>
    <message>
        <source>Telogen hairs</source>
        <translation>Cheveux télogènes</translation>
    </message>
    <message>
        <source>Telogen</source>
        <translation>Télogènes</translation>
    </message>
    <message>
        <source>Follicular units</source>
        <translation>Unités folliculaires</translation>
    </message>
    <message>
        <source>Hairs per follicular unit</source>
        <translation>Cheveux par unité folliculaire</translation>
    </message>
    <message>
        <source>Hairs per unit</source>
        <translation>Cheveux par unité</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Unknown metric &quot;%1&quot;; one of: %2.</source>
        <translation>Mesure inconnue &quot;%1&quot; ; l&apos;une de : %2.</translation>
    </message>
    <message>
        <source>The time point must be 1 to 520 weeks (given: %1).</source>
        <translation>Le point de mesure doit être de 1 à 520 semaines (donné : %1).</translation>
    </message>
    <message>
        <source>The window must be 0 weeks or more and shorter than the time point (given: %1 weeks at week %2).</source>
        <translation>La fenêtre doit être de 0 semaine ou plus et plus courte que le point de mesure (donné : %1 semaines à la semaine %2).</translation>
    </message>
    <message>
        <source>Unknown adjunct in &quot;%1&quot;; one of: %2.</source>
        <translation>Traitement adjuvant inconnu dans &quot;%1&quot; ; l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>The responder threshold must be -100 to 1000 %.</source>
        <translation>Le seuil de répondeur doit être de -100 à 1000 %.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from est après --to.</translation>
    </message>
    <message>
        <source>Unknown diagnosis &quot;%1&quot;.</source>
        <translation>Diagnostic inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown sex &quot;%1&quot;.</source>
        <translation>Sexe inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An age must be 0 to 130 years (given: %1).</source>
        <translation>Un âge doit être de 0 à 130 ans (indiqué : %1).</translation>
    </message>
    <message>
        <source>The age band&apos;s lower bound is above its upper bound.</source>
        <translation>La borne inférieure de la tranche d&apos;âge dépasse sa borne supérieure.</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Aucune séance</translation>
    </message>
    <message>
        <source>No active diagnosis</source>
        <translation>Aucun diagnostic actif</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>sans %1</translation>
    </message>
    <message>
        <source>microneedling + 5 % minoxidil</source>
        <translation>microneedling + minoxidil 5 %</translation>
    </message>
    <message>
        <source>5 % minoxidil alone</source>
        <translation>minoxidil 5 % seul</translation>
    </message>
    <message>
        <source>5 % minoxidil</source>
        <translation>minoxidil 5 %</translation>
    </message>
    <message>
        <source>2 % minoxidil</source>
        <translation>minoxidil 2 %</translation>
    </message>
    <message>
        <source>placebo</source>
        <translation>placebo</translation>
    </message>
    <message>
        <source>Unknown grouping &quot;%1&quot;; one of: none, device, needle, diagnosis, adjunct:KEY, adherence.</source>
        <translation>Regroupement inconnu « %1 » ; l’un de : none, device, needle, diagnosis, adjunct:KEY, adherence.</translation>
    </message>
    <message>
        <source>No treatment plan</source>
        <translation>Aucun plan de traitement</translation>
    </message>
    <message>
        <source>Adherence at least 80 %</source>
        <translation>Observance d’au moins 80 %</translation>
    </message>
    <message>
        <source>Adherence under 80 %</source>
        <translation>Observance inférieure à 80 %</translation>
    </message>
</context>
<context>
    <name>PatientBand</name>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>date de naissance non renseignée</translation>
    </message>
    <message>
        <source>%1 (MRN %2, %3)</source>
        <translation>%1 (MRN %2, %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; MRN %2 &amp;nbsp;·&amp;nbsp; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; MRN %2 &amp;nbsp;·&amp;nbsp; %3</translation>
    </message>
</context>
<context>
    <name>Patients</name>
    <message>
        <source>MRN pattern</source>
        <translation>Modèle de MRN</translation>
    </message>
    <message>
        <source>one {n} or {n:05}</source>
        <translation>un {n} ou {n:05}</translation>
    </message>
    <message>
        <source>MRN pattern &quot;%1&quot;: it needs exactly one running number, {n} or {n:05} (zero-padded to 5 digits).</source>
        <translation>Modèle de MRN «&#xa0;%1&#xa0;»&#xa0;: il faut exactement un numéro séquentiel, {n} ou {n:05} (complété par des zéros sur 5 chiffres).</translation>
    </message>
</context>
<context>
    <name>PhotoLabels</name>
    <message>
        <source>session %1 of %2</source>
        <translation>séance %1 sur %2</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>séance %1</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>Image file</source>
        <translation>Fichier image</translation>
    </message>
    <message>
        <source>a JPEG or PNG image</source>
        <translation>une image JPEG ou PNG</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>It is not an image Tricholog can read (JPEG or PNG).</source>
        <translation>Ce n&apos;est pas une image que Tricholog peut lire (JPEG ou PNG).</translation>
    </message>
    <message>
        <source>It is a %1 image; only JPEG and PNG photos are accepted.</source>
        <translation>C&apos;est une image %1&#xa0;; seules les photos JPEG et PNG sont acceptées.</translation>
    </message>
    <message>
        <source>Its image size cannot be read (%1).</source>
        <translation>La taille de l&apos;image ne peut pas être lue (%1).</translation>
    </message>
    <message>
        <source>The image cannot be decoded (%1).</source>
        <translation>L&apos;image ne peut pas être décodée (%1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has not given photo consent, so no photo can be attached or shown. Record the consent first: Patient &gt; Edit patient (Ctrl+E), &quot;Photo consent&quot;.</source>
        <translation>%1 n&apos;a pas donné son consentement photo&#xa0;: aucune photo ne peut donc être jointe ni affichée. Enregistrez d&apos;abord le consentement&#xa0;: Patient &gt; Modifier le patient (Ctrl+E), «&#xa0;Consentement photo&#xa0;».</translation>
    </message>
    <message>
        <source>The original of the %1 photo taken %2 is missing from the database; restore it from a backup.</source>
        <translation>L&apos;original de la photo «&#xa0;%1&#xa0;» prise le %2 est absent de la base de données&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The original of the %1 photo taken %2 is damaged: its bytes no longer match the SHA-256 checksum recorded when it was stored; restore it from a backup.</source>
        <translation>L&apos;original de la photo «&#xa0;%1&#xa0;» prise le %2 est endommagé&#xa0;: ses octets ne correspondent plus à la somme de contrôle SHA-256 relevée lors de son enregistrement&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Consentement photo</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>consentement donné</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>a session of this patient</source>
        <translation>une séance de ce patient</translation>
    </message>
    <message>
        <source>A photo belongs to a session of %1: record the session first.</source>
        <translation>Une photo appartient à une séance de %1&#xa0;: enregistrez d&apos;abord la séance.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>The protocol needs a name.</source>
        <translation>Le protocole doit avoir un nom.</translation>
    </message>
    <message>
        <source>The needle length must be 0.1 to 3.0 mm (given: %1).</source>
        <translation>La longueur d&apos;aiguille doit être de 0,1 à 3,0 mm (indiqué : %1).</translation>
    </message>
    <message>
        <source>The interval must be 1 to 365 days (given: %1).</source>
        <translation>L&apos;intervalle doit être de 1 à 365 jours (indiqué : %1).</translation>
    </message>
    <message>
        <source>The number of sessions must be 1 to 100 (given: %1).</source>
        <translation>Le nombre de séances doit être de 1 à 100 (indiqué : %1).</translation>
    </message>
    <message>
        <source>A measurement visit must be 0 to 260 weeks from the start (given: %1).</source>
        <translation>Une visite de mesure doit se situer de 0 à 260 semaines après le début (indiqué : %1).</translation>
    </message>
    <message>
        <source>Measurement week %1 is given twice.</source>
        <translation>La semaine de mesure %1 est indiquée deux fois.</translation>
    </message>
    <message>
        <source>Dermaroller 1.5 mm weekly with minoxidil 5 % (12 weeks)</source>
        <translation>Dermaroller 1,5 mm chaque semaine avec minoxidil 5 % (12 semaines)</translation>
    </message>
    <message>
        <source>5 % solution, 1 ml twice daily, not on the day of a session</source>
        <translation>solution à 5 %, 1 ml deux fois par jour, pas le jour d&apos;une séance</translation>
    </message>
    <message>
        <source>Pen 0.5-1.0 mm every 3 weeks</source>
        <translation>Stylo 0,5-1,0 mm toutes les 3 semaines</translation>
    </message>
    <message>
        <source>0.5 mm frontal and temporal, up to 1.0 mm vertex; every 2-4 weeks as tolerated.</source>
        <translation>0,5 mm en frontal et temporal, jusqu&apos;à 1,0 mm au vertex ; toutes les 2 à 4 semaines selon la tolérance.</translation>
    </message>
    <message>
        <source>PRP monthly with microneedling</source>
        <translation>PRP mensuel avec microneedling</translation>
    </message>
    <message>
        <source>3-4 ml per session, applied after microneedling</source>
        <translation>3-4 ml par séance, appliqués après le microneedling</translation>
    </message>
    <message>
        <source>Then every 3-6 months as maintenance.</source>
        <translation>Puis tous les 3 à 6 mois en entretien.</translation>
    </message>
    <message>
        <source>session %1 of %2 due %3</source>
        <translation>séance %1 sur %2 prévue le %3</translation>
    </message>
    <message>
        <source>measurement visit week %1 due %2</source>
        <translation>visite de mesure semaine %1 prévue le %2</translation>
    </message>
    <message>
        <source>photos: %1</source>
        <translation>photos : %1</translation>
    </message>
    <message>
        <source>Microneedling session %1 of %2</source>
        <translation>Séance de microneedling %1 sur %2</translation>
    </message>
    <message>
        <source>Measurement visit, week %1</source>
        <translation>Visite de mesure, semaine %1</translation>
    </message>
    <message>
        <source>A protocol template named &quot;%1&quot; exists.</source>
        <translation>Un modèle de protocole nommé &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <source>protocol template</source>
        <translation>modèle de protocole</translation>
    </message>
    <message>
        <source>Protocol template %1 does not exist.</source>
        <translation>Le modèle de protocole %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The plan needs a start date.</source>
        <translation>Le plan doit avoir une date de début.</translation>
    </message>
    <message>
        <source>treatment plan</source>
        <translation>plan de traitement</translation>
    </message>
    <message>
        <source>A plan cannot stop before its start (%1).</source>
        <translation>Un plan ne peut pas s&apos;arrêter avant son début (%1).</translation>
    </message>
    <message>
        <source>The contact attempt needs a time.</source>
        <translation>La tentative de contact doit avoir une heure.</translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%2 of %n planned session(s) kept)</source>
        <translation>
            <numerusform>%1 % (%2 sur %n séance prévue tenue)</numerusform>
            <numerusform>%1 % (%2 sur %n séances prévues tenues)</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Needling until mild erythema (Dhurat 2013).</source>
        <translation>Microneedling jusqu’à un érythème léger (Dhurat 2013).</translation>
    </message>
    <message>
        <source>That call is no longer recorded: it was taken back on another workstation.</source>
        <translation>Cet appel n&apos;est plus enregistré : il a été annulé sur un autre poste.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Practice name: required (it heads every report).</source>
        <translation>Nom du cabinet&#xa0;: obligatoire (il figure en tête de chaque rapport).</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>au plus %1 caractères</translation>
    </message>
    <message>
        <source>Practice name: %1 characters, at most %2 allowed.</source>
        <translation>Nom du cabinet&#xa0;: %1 caractères, %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address: %1 characters, at most %2 allowed.</source>
        <translation>Adresse&#xa0;: %1 caractères, %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>text without NUL characters</source>
        <translation>texte sans caractère NUL</translation>
    </message>
    <message>
        <source>The practice details contain a NUL character.</source>
        <translation>Les informations du cabinet contiennent un caractère NUL.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>a PNG or JPEG image</source>
        <translation>une image PNG ou JPEG</translation>
    </message>
    <message>
        <source>Logo: the file is not a readable image.</source>
        <translation>Logo&#xa0;: le fichier n&apos;est pas une image lisible.</translation>
    </message>
    <message>
        <source>at most 2 MiB as PNG</source>
        <translation>au plus 2 Mio en PNG</translation>
    </message>
    <message>
        <source>Logo: too large (%1 KiB as PNG, at most 2048 KiB).</source>
        <translation>Logo&#xa0;: trop volumineux (%1 Kio en PNG, 2048 Kio au maximum).</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format de papier</translation>
    </message>
    <message>
        <source>Paper size: &quot;%1&quot; is not A4 or Letter.</source>
        <translation>Format de papier&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni A4 ni Lettre US.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Visit date</source>
        <translation>Date de la visite</translation>
    </message>
    <message>
        <source>Microneedling session</source>
        <translation>Séance de microneedling</translation>
    </message>
    <message>
        <source>Progress chart: %1</source>
        <translation>Graphique d&apos;évolution&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png or .svg.</source>
        <translation>%1&#xa0;: le nom du fichier doit se terminer par .png ou .svg.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mean diameter</source>
        <translation>Diamètre moyen</translation>
    </message>
    <message>
        <source>Cumulative thickness</source>
        <translation>Épaisseur cumulée</translation>
    </message>
    <message>
        <source>%1, %2
%3
Change from baseline: %4 (%5)</source>
        <translation>%1, %2
%3
Variation par rapport à la valeur initiale&#xa0;: %4 (%5)</translation>
    </message>
    <message>
        <source>Session on %1</source>
        <translation>Séance du %1</translation>
    </message>
    <message>
        <source>Session %1 on %2</source>
        <translation>Séance %1 du %2</translation>
    </message>
    <message>
        <source>%1, needle %2 mm</source>
        <translation>%1, aiguilles de %2 mm</translation>
    </message>
    <message>
        <source>Adjuncts: %1</source>
        <translation>Adjuvants&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No measurements of %1 yet.</source>
        <translation>Aucune mesure de %1 pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No percent change: the baseline of %1 is 0.</source>
        <translation>Pas de variation en pourcentage&#xa0;: la valeur initiale de %1 est 0.</translation>
    </message>
    <message>
        <source>Baseline recorded: progress needs a second visit.</source>
        <translation>Valeur initiale enregistrée&#xa0;: l&apos;évolution nécessite une deuxième visite.</translation>
    </message>
    <message>
        <source>Not shown: %1 (baseline is 0, so no percent change).</source>
        <translation>Non affiché&#xa0;: %1 (valeur initiale nulle, donc pas de variation en pourcentage).</translation>
    </message>
    <message>
        <source>%1: % change from baseline</source>
        <translation>%1&#xa0;: variation en % par rapport à la valeur initiale</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (témoin)</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message numerus="yes">
        <source>No adverse events recorded in %n session(s).</source>
        <translation>
            <numerusform>Aucun effet indésirable enregistré lors de %n séance.</numerusform>
            <numerusform>Aucun effet indésirable enregistré lors de %n séances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n session(s).</source>
        <translation>
            <numerusform>%1 lors de %n séance.</numerusform>
            <numerusform>%1 lors de %n séances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adverse event(s)</source>
        <translation>
            <numerusform>%n effet indésirable</numerusform>
            <numerusform>%n effets indésirables</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Hair regrowth progress report: %1 (MRN %2)</source>
        <translation>Rapport d&apos;évolution de la repousse capillaire&#xa0;: %1 (MRN %2)</translation>
    </message>
    <message>
        <source>Hair regrowth progress report</source>
        <translation>Rapport d&apos;évolution de la repousse capillaire</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>tous les enregistrements</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>first record</source>
        <translation>premier enregistrement</translation>
    </message>
    <message>
        <source>latest record</source>
        <translation>dernier enregistrement</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Record number (MRN)</source>
        <translation>Numéro de dossier (MRN)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 ans)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Sex at birth</source>
        <translation>Sexe à la naissance</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>No diagnosis recorded.</source>
        <translation>Aucun diagnostic enregistré.</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>Diagnostiqué le</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>ICD-10</source>
        <translation>ICD-10</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>, AA-IGA %1</source>
        <translation>, AA-IGA %1</translation>
    </message>
    <message>
        <source>; SALT ≤ 20: success criterion met</source>
        <translation>; SALT ≤ 20&#xa0;: critère de succès atteint</translation>
    </message>
    <message>
        <source>; SALT &gt; 20: success criterion not met</source>
        <translation>; SALT &gt; 20&#xa0;: critère de succès non atteint</translation>
    </message>
    <message>
        <source>Treatment course</source>
        <translation>Protocole de traitement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>aucune sur cette période</translation>
    </message>
    <message>
        <source> (course: %1)</source>
        <translation> (protocole&#xa0;: %1)</translation>
    </message>
    <message>
        <source>First and last session</source>
        <translation>Première et dernière séance</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Needle lengths</source>
        <translation>Longueurs d&apos;aiguilles</translation>
    </message>
    <message>
        <source>Adjuncts</source>
        <translation>Adjuvants</translation>
    </message>
    <message>
        <source>Background therapy</source>
        <translation>Traitement de fond</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Progress since baseline</source>
        <translation>Évolution depuis la valeur initiale</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur initiale</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>% change</source>
        <translation>Variation en %</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>single visit</source>
        <translation>visite unique</translation>
    </message>
    <message>
        <source>No measurements in this period.</source>
        <translation>Aucune mesure sur cette période.</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Journal des séances</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Aucune séance sur cette période.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aiguilles</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Critère d&apos;arrêt</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <source>Patient-reported outcomes</source>
        <translation>Évaluations rapportées par le patient</translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation>Aucune enregistrée sur cette période.</translation>
    </message>
    <message>
        <source>Global self-assessment (−3 to +3)</source>
        <translation>Auto-évaluation globale (−3 à +3)</translation>
    </message>
    <message>
        <source>Shedding (1–6)</source>
        <translation>Chute (1–6)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Léger</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Clinician (name and signature)</source>
        <translation>Praticien (nom et signature)</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>hair regrowth, microneedling, trichoscopy, MRN %1</source>
        <translation>repousse capillaire, microneedling, trichoscopie, MRN %1</translation>
    </message>
    <message>
        <source>Microneedling treatment and hair regrowth since baseline</source>
        <translation>Traitement par microneedling et repousse capillaire depuis la valeur initiale</translation>
    </message>
    <message>
        <source>Photos: first and latest</source>
        <translation>Photos&#xa0;: première et dernière</translation>
    </message>
    <message>
        <source>For each view, the first and the latest photo of the period, as taken; the patient consented to photos on %1.</source>
        <translation>Pour chaque vue, la première et la dernière photo de la période, telles qu&apos;elles ont été prises&#xa0;; le patient a donné son consentement photo le %1.</translation>
    </message>
    <message>
        <source>Only one photo of this view in the period.</source>
        <translation>Une seule photo de cette vue sur la période.</translation>
    </message>
    <message>
        <source>First</source>
        <comment>photo</comment>
        <translation>Première photo</translation>
    </message>
    <message>
        <source>Latest</source>
        <comment>photo</comment>
        <translation>Dernière photo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détails</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n site measurement(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n mesure de site</numerusform>
            <numerusform>%1&#xa0;: %n mesures de site</numerusform>
        </translation>
    </message>
    <message>
        <source>hair density (hairs/cm²)</source>
        <translation>densité capillaire (cheveux/cm²)</translation>
    </message>
    <message>
        <source>mean hair-shaft diameter (µm)</source>
        <translation>diamètre moyen de la tige pilaire (µm)</translation>
    </message>
    <message>
        <source>terminal and vellus shares</source>
        <translation>proportions de cheveux terminaux et de duvet</translation>
    </message>
    <message>
        <source>No measurement was recorded in this period.</source>
        <translation>Aucune mesure n&apos;a été enregistrée sur cette période.</translation>
    </message>
    <message>
        <source>Measured per scalp site: %1. Methods and instruments as recorded: %2.</source>
        <translation>Mesuré par site du cuir chevelu&#xa0;: %1. Méthodes et instruments tels qu&apos;enregistrés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>other metrics</source>
        <translation>autres paramètres</translation>
    </message>
    <message>
        <source>Hairs thinner than %1 µm count as vellus and hairs of %2 µm or more as terminal (this clinic&apos;s settings).</source>
        <translation>Les cheveux de diamètre inférieur à %1 µm sont comptés comme duvet et ceux de %2 µm ou plus comme cheveux terminaux (paramètres de cette clinique).</translation>
    </message>
    <message>
        <source>Cumulative hair thickness = density × mean diameter (mm/cm²).</source>
        <translation>Épaisseur capillaire cumulée = densité × diamètre moyen (mm/cm²).</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (témoin)</translation>
    </message>
    <message>
        <source>Change and % change: latest visit against the first (baseline) visit of the site. Per month: least-squares slope over all visits. Responder: density gain of at least %1 %, judged from %2 weeks after the baseline (before that: too early to judge). Control sites get no verdict.</source>
        <translation>Variation et variation en %&#xa0;: dernière visite par rapport à la première visite (visite initiale) du site. Par mois&#xa0;: pente des moindres carrés sur l&apos;ensemble des visites. Répondeur&#xa0;: gain de densité d&apos;au moins %1 %, évalué à partir de %2 semaines après la visite initiale (avant&#xa0;: trop tôt pour conclure). Les sites témoins ne reçoivent pas de verdict.</translation>
    </message>
    <message>
        <source>%1: %2 hairs in %3 cm², %4 hairs/cm²</source>
        <translation>%1&#xa0;: %2 cheveux sur %3 cm², %4 cheveux/cm²</translation>
    </message>
    <message>
        <source>mean %1 µm, terminal %2 %, vellus %3 %</source>
        <translation>moyenne %1 µm, terminaux %2 %, duvet %3 %</translation>
    </message>
    <message>
        <source>Hairs counted and measured in the photos by Tricholog&apos;s image analysis (engine %1 %2, method in its documentation), every hair drawn over the photo: terminal cyan, intermediate pink, vellus yellow; hairs outside the counting field dotted. Corrections made by hand are counted under each photo.</source>
        <translation>Cheveux comptés et mesurés sur les photos par l&apos;analyse d&apos;image de Tricholog (algorithme %1 %2, méthode dans sa documentation), chaque cheveu tracé sur la photo&#xa0;: terminaux en cyan, intermédiaires en rose, duvet en jaune&#xa0;; cheveux hors du champ de comptage en pointillé. Les corrections manuelles sont comptées sous chaque photo.</translation>
    </message>
    <message>
        <source>Only one analysed photo of this site so far.</source>
        <translation>Une seule photo analysée de ce site pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Image analysis: baseline and latest</source>
        <translation>Analyse d&apos;image&#xa0;: initiale et dernière</translation>
    </message>
    <message>
        <source>stopped on %1</source>
        <translation>arrêté le %1</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de traitement</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, à partir du %2</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Observance</translation>
    </message>
    <message>
        <source>no session due yet</source>
        <translation>aucune séance encore échue</translation>
    </message>
    <message>
        <source>Due next</source>
        <translation>Prochaine échéance</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Tricholog</source>
        <translation>Tricholog</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>La base de données n&apos;a pas pu être ouverte.

%1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <source>The backup was restored. The previous database is kept at %1.</source>
        <translation>La sauvegarde a été restaurée. L&apos;ancienne base de données est conservée dans %1.</translation>
    </message>
    <message>
        <source>The latest backup is %1 (%2).</source>
        <translation>La sauvegarde la plus récente est %1 (%2).</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Vérification et restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>La sauvegarde %1 ne peut pas être lue.</translation>
    </message>
</context>
<context>
    <name>ReportBatch</name>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>ligne %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>its file %1 would replace the report of %2.</source>
        <translation>son fichier %1 remplacerait le rapport de %2.</translation>
    </message>
    <message>
        <source>not kept, as the audit trail could not record it: %1</source>
        <translation>non conservé, car le journal d&apos;audit n&apos;a pas pu l&apos;enregistrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not restoring: %1 is from before practice ids, so it cannot be told whose it is. If it is this practice&apos;s, restore it with --other-practice %2.</source>
        <translation>Restauration annulée&#xa0;: %1 date d&apos;avant les identifiants de cabinet&#xa0;; il est donc impossible de savoir à quel cabinet elle appartient. S&apos;il s&apos;agit d&apos;une sauvegarde de ce cabinet, restaurez-la avec --other-practice %2.</translation>
    </message>
    <message>
        <source>Not restoring: %1 is a backup of another practice (%2), not of this database&apos;s practice (%3). An administrator who means to replace this practice&apos;s data with it restores it with --other-practice %2.</source>
        <translation>Restauration annulée&#xa0;: %1 est une sauvegarde d&apos;un autre cabinet (%2), et non du cabinet de cette base de données (%3). Un administrateur qui entend réellement remplacer les données de ce cabinet par cette sauvegarde la restaure avec --other-practice %2.</translation>
    </message>
    <message>
        <source>Not restoring: %1</source>
        <translation>Restauration annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not restoring: %1 could not be copied to be checked.</source>
        <translation>Restauration annulée&#xa0;: %1 n&apos;a pas pu être copié pour être vérifié.</translation>
    </message>
    <message>
        <source>Not restoring: the audit protection of %1 was changed outside Tricholog (%2).</source>
        <translation>Restauration annulée&#xa0;: la protection d&apos;audit de %1 a été modifiée en dehors de Tricholog (%2).</translation>
    </message>
    <message>
        <source>Not restoring: the audit trail of %1 is broken at entry %2 (%3).</source>
        <translation>Restauration annulée&#xa0;: le journal d&apos;audit de %1 est rompu à l&apos;entrée %2 (%3).</translation>
    </message>
    <message>
        <source>The backup was restored, but the restore could not be written to its audit trail: %1</source>
        <translation>La sauvegarde a été restaurée, mais la restauration n&apos;a pas pu être consignée dans son journal d&apos;audit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SafeIo</name>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is larger than %2; at most %2 are read.</source>
        <translation>%1 dépasse %2&#xa0;; la lecture est limitée à %2.</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; it is not read.</source>
        <translation>%1 est %2, et non un fichier ordinaire&#xa0;; il n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Aucun fichier de sortie n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is %2; nothing is written through it (choose another name, or remove it first).</source>
        <translation>%1 est %2&#xa0;; rien n&apos;est écrit par son intermédiaire (choisissez un autre nom, ou supprimez-le d&apos;abord).</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2; nothing was changed.</source>
        <translation>Impossible de remplacer %1&#xa0;: %2&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>only part of it could be written (is the disk full?)</source>
        <translation>seule une partie a pu être écrite (le disque est-il plein ?)</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Roles are a server&apos;s: an SQLite file has none.</source>
        <translation>Les rôles sont propres à un serveur&#xa0;: un fichier SQLite n&apos;en a pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name (letters, digits and _).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de rôle (lettres, chiffres et _).</translation>
    </message>
    <message>
        <source>%1 is connected as the role that owns the tables: it could disable the audit triggers or empty the trail. Connect the workstations as an application role (tricholog server grant --role NAME, see the README).</source>
        <translation>%1 est connectée sous le rôle propriétaire des tables&#xa0;: ce rôle pourrait désactiver les déclencheurs d&apos;audit ou vider le journal. Connectez les postes de travail sous un rôle applicatif (tricholog server grant --role NAME, voir le README).</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>hairs/cm²</source>
        <translation>cheveux/cm²</translation>
    </message>
    <message>
        <source>µm</source>
        <translation>µm</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>cm²</source>
        <translation>cm²</translation>
    </message>
    <message>
        <source>mm/cm²</source>
        <translation>mm/cm²</translation>
    </message>
    <message>
        <source>FU/cm²</source>
        <translation>UF/cm²</translation>
    </message>
    <message>
        <source>hairs/FU</source>
        <translation>cheveux/UF</translation>
    </message>
    <message>
        <source>hairs</source>
        <translation>cheveux</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 64 characters.</source>
        <translation>Un nom d’utilisateur doit comporter de 1 à 64 caractères.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>Le mot de passe n’a pas pu être haché.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken.</source>
        <translation>Le nom d’utilisateur « %1 » est déjà pris.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in with it.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte pendant que vous êtes connecté avec.</translation>
    </message>
    <message>
        <source>Too many failed attempts: try again in %1 second(s).</source>
        <translation>Trop de tentatives échouées : réessayez dans %1 seconde(s).</translation>
    </message>
    <message>
        <source>This account is deactivated.</source>
        <translation>Ce compte est désactivé.</translation>
    </message>
    <message>
        <source>Sign in first: no one is signed in.</source>
        <translation>Connectez-vous d’abord&#xa0;: personne n’est connecté.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>different from the current one</source>
        <translation>différent de l’actuel</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Le nouveau mot de passe est identique à l’actuel.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Record number (MRN)</source>
        <translation>Numéro de dossier (MRN)</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>unique</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already used by another patient.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est déjà utilisé par un autre patient.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1&#xa0;: champ obligatoire.</translation>
    </message>
    <message>
        <source>%1: %2 is outside the allowed range %3.</source>
        <translation>%1&#xa0;: %2 est en dehors de la plage autorisée %3.</translation>
    </message>
    <message>
        <source>not after %1</source>
        <translation>pas après le %1</translation>
    </message>
    <message>
        <source>%1: %2 is in the future (today is %3).</source>
        <translation>%1&#xa0;: %2 est dans le futur (nous sommes le %3).</translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation>pas avant le %1</translation>
    </message>
    <message>
        <source>%1: %2 is before the patient&apos;s date of birth (%3).</source>
        <translation>%1&#xa0;: %2 est antérieur à la date de naissance du patient (%3).</translation>
    </message>
    <message>
        <source>a valid date</source>
        <translation>une date valide</translation>
    </message>
    <message>
        <source>%1: the sum is %2%, more than 100%.</source>
        <translation>%1&#xa0;: la somme est de %2 %, soit plus de 100 %.</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>au plus %1 caractères</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 characters; at most %4 are allowed.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» compte %3 caractères&#xa0;; %4 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Phototype de Fitzpatrick</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@domain.tld</source>
        <translation>nom@domaine.tld</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not a valid address (expected name@domain.tld).</source>
        <translation>E-mail&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse valide (format attendu&#xa0;: nom@domaine.tld).</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>digits, spaces and + ( ) . / -</source>
        <translation>chiffres, espaces et + ( ) . / -</translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; may contain only digits, spaces and + ( ) . / - (3–32 characters).</source>
        <translation>Téléphone&#xa0;: «&#xa0;%1&#xa0;» ne peut contenir que des chiffres, des espaces et + ( ) . / - (3 à 32 caractères).</translation>
    </message>
    <message>
        <source>Treatment consent date</source>
        <translation>Date du consentement au traitement</translation>
    </message>
    <message>
        <source>Photo consent date</source>
        <translation>Date du consentement photo</translation>
    </message>
    <message>
        <source>Data-processing consent date</source>
        <translation>Date du consentement au traitement des données</translation>
    </message>
    <message>
        <source>ICD-10 code</source>
        <translation>Code ICD-10</translation>
    </message>
    <message>
        <source>ICD-10 code: &quot;%1&quot; does not fit %2 (allowed: %3).</source>
        <translation>Code ICD-10&#xa0;: «&#xa0;%1&#xa0;» ne correspond pas à %2 (autorisés&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Diagnosed on</source>
        <translation>Diagnostiqué le</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Onset: %1 is after the diagnosis date %2.</source>
        <translation>Début&#xa0;: %1 est postérieur à la date du diagnostic, %2.</translation>
    </message>
    <message>
        <source>Severity scale</source>
        <translation>Échelle de sévérité</translation>
    </message>
    <message>
        <source>Severity scale: %1 does not apply to %2 (use %3).</source>
        <translation>Échelle de sévérité&#xa0;: %1 ne s&apos;applique pas à %2 (utilisez %3).</translation>
    </message>
    <message>
        <source>SALT vertex</source>
        <translation>SALT vertex</translation>
    </message>
    <message>
        <source>SALT posterior</source>
        <translation>SALT postérieur</translation>
    </message>
    <message>
        <source>SALT right side</source>
        <translation>SALT côté droit</translation>
    </message>
    <message>
        <source>SALT left side</source>
        <translation>SALT côté gauche</translation>
    </message>
    <message>
        <source>SALT regions</source>
        <translation>Régions SALT</translation>
    </message>
    <message>
        <source>all four regions, 0–100%</source>
        <translation>les quatre régions, 0–100 %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Grade: &quot;%1&quot; is not a %2 grade (allowed: %3).</source>
        <translation>Grade&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un grade %2 (autorisés&#xa0;: %3).</translation>
    </message>
    <message>
        <source>a severity scale first</source>
        <translation>d’abord une échelle de sévérité</translation>
    </message>
    <message>
        <source>Grade: &quot;%1&quot; is given without a severity scale; choose the scale it belongs to.</source>
        <translation>Grade : « %1 » est indiqué sans échelle de sévérité ; choisissez l’échelle à laquelle il appartient.</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>Needle length</source>
        <translation>Longueur des aiguilles</translation>
    </message>
    <message>
        <source>Needle length is required (%1).</source>
        <translation>La longueur des aiguilles est obligatoire (%1).</translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation>Nombre d&apos;aiguilles</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Numéro de séance</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Séances prévues</translation>
    </message>
    <message>
        <source>Anaesthetic contact time</source>
        <translation>Durée d&apos;application de l&apos;anesthésique</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation>Score de douleur</translation>
    </message>
    <message>
        <source>Treated zones</source>
        <translation>Zones traitées</translation>
    </message>
    <message>
        <source>frontal, midscalp, vertex, temporal_left, temporal_right, occipital</source>
        <translation>frontal, midscalp, vertex, temporal_left, temporal_right, occipital</translation>
    </message>
    <message>
        <source>Treated zones: &quot;target_area&quot; is a measurement site, not a treatment zone.</source>
        <translation>Zones traitées&#xa0;: «&#xa0;target_area&#xa0;» est un site de mesure, pas une zone de traitement.</translation>
    </message>
    <message>
        <source>Dose of adjunct %1</source>
        <translation>Dose de l&apos;adjuvant %1</translation>
    </message>
    <message>
        <source>Adjunct %1</source>
        <translation>Adjuvant %1</translation>
    </message>
    <message>
        <source>a name and dose</source>
        <translation>un nom et une dose</translation>
    </message>
    <message>
        <source>Adjunct %1 is &quot;other&quot;: say what was applied in its dose field.</source>
        <translation>L&apos;adjuvant %1 est «&#xa0;autre&#xa0;»&#xa0;: indiquez ce qui a été appliqué dans son champ de dose.</translation>
    </message>
    <message>
        <source>Adverse event %1</source>
        <translation>Effet indésirable %1</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>une description</translation>
    </message>
    <message>
        <source>Adverse event %1 is &quot;other&quot;: describe it.</source>
        <translation>L&apos;effet indésirable %1 est «&#xa0;autre&#xa0;»&#xa0;: décrivez-le.</translation>
    </message>
    <message>
        <source>Measurement date</source>
        <translation>Date de la mesure</translation>
    </message>
    <message>
        <source>Terminal + vellus hairs</source>
        <translation>Cheveux terminaux + duvet</translation>
    </message>
    <message>
        <source>Anagen + telogen hairs</source>
        <translation>Cheveux anagènes + télogènes</translation>
    </message>
    <message>
        <source>Counted area is required with a hair count (%1).</source>
        <translation>La surface comptée est obligatoire avec un nombre de cheveux (%1).</translation>
    </message>
    <message>
        <source>Magnification</source>
        <translation>Grossissement</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>a named area of known size</source>
        <translation>une zone nommée de surface connue</translation>
    </message>
    <message>
        <source>Site: a target area needs a name or its area in cm².</source>
        <translation>Site&#xa0;: une zone cible nécessite un nom ou sa surface en cm².</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>at least one value</source>
        <translation>au moins une valeur</translation>
    </message>
    <message>
        <source>A measurement needs at least one recorded value.</source>
        <translation>Une mesure nécessite au moins une valeur saisie.</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Global self-assessment</source>
        <translation>Auto-évaluation globale</translation>
    </message>
    <message>
        <source>Shedding score</source>
        <translation>Score de chute</translation>
    </message>
    <message>
        <source>at least one score</source>
        <translation>au moins un score</translation>
    </message>
    <message>
        <source>An outcome needs a global self-assessment or a shedding score.</source>
        <translation>Une évaluation nécessite une auto-évaluation globale ou un score de chute.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Post-care</source>
        <translation>Soins post-séance</translation>
    </message>
    <message>
        <source>Background therapy</source>
        <translation>Traitement de fond</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Date de prise de vue</translation>
    </message>
    <message>
        <source>a valid date and time</source>
        <translation>une date et une heure valides</translation>
    </message>
    <message>
        <source>a scalp site</source>
        <translation>un site du cuir chevelu</translation>
    </message>
    <message>
        <source>A trichoscopic photo needs the scalp site it shows.</source>
        <translation>Une photo trichoscopique nécessite le site du cuir chevelu qu&apos;elle montre.</translation>
    </message>
    <message>
        <source>trichoscopic photos only</source>
        <translation>photos trichoscopiques uniquement</translation>
    </message>
    <message>
        <source>Site: &quot;%1&quot; is recorded for trichoscopic photos only; a %2 photo shows its view.</source>
        <translation>Site&#xa0;: «&#xa0;%1&#xa0;» n&apos;est enregistré que pour les photos trichoscopiques&#xa0;; pour une photo «&#xa0;%2&#xa0;», la vue suffit.</translation>
    </message>
    <message>
        <source>Magnification: %1× is recorded for trichoscopic photos only.</source>
        <translation>Grossissement&#xa0;: %1× n&apos;est enregistré que pour les photos trichoscopiques.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Onset: &quot;%1&quot; is not a year, a month or a date (expected YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>Début&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni une année, ni un mois, ni une date (format attendu&#xa0;: AAAA, AAAA-MM ou AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>no NUL character (U+0000)</source>
        <translation>aucun caractère NUL (U+0000)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains a NUL character (U+0000), which is not allowed in text.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» contient un caractère NUL (U+0000), qui n&apos;est pas autorisé dans un texte.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation>Anesthésique</translation>
    </message>
    <message>
        <source>Target area name</source>
        <translation>Nom de la zone cible</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>SALT total</source>
        <translation>SALT total</translation>
    </message>
    <message>
        <source>SALT total: &quot;%1&quot; is not a number (0–100).</source>
        <translation>SALT total&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre (0–100).</translation>
    </message>
    <message>
        <source>SALT needs the percent of hair loss in all four regions (vertex, posterior, right side, left side), each 0–100%, or the SALT total alone.</source>
        <translation>Le SALT nécessite le pourcentage de perte de cheveux dans les quatre régions (vertex, postérieure, côté droit, côté gauche), chacune de 0 à 100 %, ou le SALT total seul.</translation>
    </message>
    <message>
        <source>each zone once</source>
        <translation>chaque zone une fois</translation>
    </message>
    <message>
        <source>Treated zones: &quot;%1&quot; is given twice.</source>
        <translation>Zones traitées&#xa0;: «&#xa0;%1&#xa0;» est indiquée deux fois.</translation>
    </message>
</context>
<context>
    <name>tricholog::AnalysisDialog</name>
    <message>
        <source>Measure from photo — %1</source>
        <translation>Mesurer sur la photo — %1</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Calibration:</source>
        <translation>É&amp;talonnage&#xa0;:</translation>
    </message>
    <message>
        <source> µm/px</source>
        <translation> µm/px</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>Whole image</source>
        <translation>Image entière</translation>
    </message>
    <message>
        <source>Circle of the area below</source>
        <translation>Cercle de la surface ci-dessous</translation>
    </message>
    <message>
        <source>Drawn rectangle</source>
        <translation>Rectangle tracé</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>C&amp;hamp&#xa0;:</translation>
    </message>
    <message>
        <source> cm²</source>
        <translation> cm²</translation>
    </message>
    <message>
        <source>Circle a&amp;rea:</source>
        <translation>S&amp;urface du cercle&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;nalyse</source>
        <translation>A&amp;nalyser</translation>
    </message>
    <message>
        <source>Select (V)</source>
        <translation>Sélectionner (V)</translation>
    </message>
    <message>
        <source>Remove (R)</source>
        <translation>Retirer (R)</translation>
    </message>
    <message>
        <source>Add (A)</source>
        <translation>Ajouter (A)</translation>
    </message>
    <message>
        <source>Split (S)</source>
        <translation>Scinder (S)</translation>
    </message>
    <message>
        <source>Width (W)</source>
        <translation>Largeur (W)</translation>
    </message>
    <message>
        <source>Draw field (F)</source>
        <translation>Tracer le champ (F)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source> µm</source>
        <translation> µm</translation>
    </message>
    <message>
        <source>Selected hair&apos;s &amp;width:</source>
        <translation>&amp;Largeur du cheveu sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xport hairs (CSV)…</source>
        <translation>E&amp;xporter les cheveux (CSV)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve measurement</source>
        <translation>Enregistrer la &amp;mesure</translation>
    </message>
    <message>
        <source>Export hairs</source>
        <translation>Exporter les cheveux</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The photo cannot be read: %1</source>
        <translation>La photo ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scale entered below</source>
        <translation>Échelle saisie ci-dessous</translation>
    </message>
    <message>
        <source>%1 (%2 µm/px)</source>
        <translation>%1 (%2 µm/px)</translation>
    </message>
    <message>
        <source>Saved analysis of %1 by %2.</source>
        <translation>Analyse enregistrée le %1 par %2.</translation>
    </message>
    <message>
        <source>Draw the field first: choose Draw field (F) and drag a rectangle over the photo.</source>
        <translation>Tracez d&apos;abord le champ&#xa0;: choisissez «&#xa0;Tracer le champ (F)&#xa0;» et faites glisser un rectangle sur la photo.</translation>
    </message>
    <message>
        <source>Analyse again</source>
        <translation>Analyser à nouveau</translation>
    </message>
    <message numerus="yes">
        <source>Analysing again drops the %n correction(s) made by hand. Analyse again?</source>
        <translation>
            <numerusform>Une nouvelle analyse efface %n correction faite à la main. Analyser à nouveau&#xa0;?</numerusform>
            <numerusform>Une nouvelle analyse efface les %n corrections faites à la main. Analyser à nouveau&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Image analysis</source>
        <translation>Analyse d&apos;image</translation>
    </message>
    <message>
        <source>Finding the hairs…</source>
        <translation>Recherche des cheveux…</translation>
    </message>
    <message>
        <source>Remove hair %1</source>
        <translation>Retrait du cheveu %1</translation>
    </message>
    <message>
        <source>Add a hair</source>
        <translation>Ajout d&apos;un cheveu</translation>
    </message>
    <message>
        <source>Split hair %1</source>
        <translation>Scission du cheveu %1</translation>
    </message>
    <message>
        <source>Width of hair %1</source>
        <translation>Largeur du cheveu %1</translation>
    </message>
    <message>
        <source>Choose the scale and the field, then Analyse (Ctrl+Return).</source>
        <translation>Choisissez l&apos;échelle et le champ, puis Analyser (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>Hairs counted</source>
        <translation>Cheveux comptés</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>%1 cm²</source>
        <translation>%1 cm²</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densité</translation>
    </message>
    <message>
        <source>%1 hairs/cm²</source>
        <translation>%1 cheveux/cm²</translation>
    </message>
    <message>
        <source>Mean diameter</source>
        <translation>Diamètre moyen</translation>
    </message>
    <message>
        <source>%1 µm</source>
        <translation>%1 µm</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Terminal (≥ %1 µm)</source>
        <translation>Terminaux (≥ %1 µm)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Vellus (&lt; %1 µm)</source>
        <translation>Duvet (&lt; %1 µm)</translation>
    </message>
    <message>
        <source>Follicular units</source>
        <translation>Unités folliculaires</translation>
    </message>
    <message>
        <source>Hairs per unit</source>
        <translation>Cheveux par unité</translation>
    </message>
    <message>
        <source>&lt;p&gt;Engine %1 %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Algorithme %1 %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Hairs exported to %1.</source>
        <translation>Cheveux exportés vers %1.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>The analysis and its corrections are not saved. Close anyway?</source>
        <translation>L&apos;analyse et ses corrections ne sont pas enregistrées. Fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&apos;color:#00c8ff&apos;&gt;■&lt;/span&gt; terminal &lt;span style=&apos;color:#ff78dc&apos;&gt;■&lt;/span&gt; intermediate &lt;span style=&apos;color:#ffdc00&apos;&gt;■&lt;/span&gt; vellus&lt;br&gt;dotted: outside the field&lt;br&gt;dashed: drawn by hand&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&apos;color:#00c8ff&apos;&gt;■&lt;/span&gt; terminal &lt;span style=&apos;color:#ff78dc&apos;&gt;■&lt;/span&gt; intermédiaire &lt;span style=&apos;color:#ffdc00&apos;&gt;■&lt;/span&gt; duvet&lt;br&gt;pointillés&#xa0;: hors du champ&lt;br&gt;tirets&#xa0;: tracé à la main&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A hair drawn by hand must lie inside the photo.</source>
        <translation>Un cheveu tracé à la main doit se trouver dans la photo.</translation>
    </message>
    <message>
        <source>The scale was changed: analyse again before saving.</source>
        <translation>L&apos;échelle a changé&#xa0;: analysez à nouveau avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Same skin as the baseline</source>
        <translation>Même peau que la référence</translation>
    </message>
    <message>
        <source>Match points (M)</source>
        <translation>Apparier des points (M)</translation>
    </message>
    <message>
        <source>Ghost (G)</source>
        <translation>Calque (G)</translation>
    </message>
    <message>
        <source>The baseline photo over this one, where the alignment puts it</source>
        <translation>La photo de référence sur celle-ci, là où l&apos;alignement la place</translation>
    </message>
    <message>
        <source>The baseline photo cannot be read: %1</source>
        <translation>La photo de référence est illisible : %1</translation>
    </message>
    <message>
        <source>its size has changed</source>
        <translation>sa taille a changé</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Aligning the photo on the baseline…</source>
        <translation>Alignement de la photo sur la référence…</translation>
    </message>
    <message>
        <source>This photo could not be aligned on the baseline with confidence (quality %1). Check the ghost (G), then drag three points or more from the ghost to the same spots on the photo (M).</source>
        <translation>Cette photo n&apos;a pas pu être alignée sur la référence avec confiance (qualité %1). Vérifiez le calque (G), puis faites glisser trois points ou plus du calque aux mêmes endroits de la photo (M).</translation>
    </message>
    <message>
        <source>Point %1 matched: match at least three, spread over the photo.</source>
        <translation>Point %1 apparié : appariez-en au moins trois, répartis sur la photo.</translation>
    </message>
    <message numerus="yes">
        <source>Aligned by hand on %n point(s).</source>
        <translation>
            <numerusform>Aligné à la main sur %n point.</numerusform>
            <numerusform>Aligné à la main sur %n points.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Aligné</translation>
    </message>
    <message>
        <source>by hand (%1 px off)</source>
        <translation>à la main (%1 px d&apos;écart)</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>automatiquement</translation>
    </message>
    <message>
        <source>Alignment quality</source>
        <translation>Qualité de l&apos;alignement</translation>
    </message>
    <message>
        <source>%1 (doubtful)</source>
        <translation>%1 (douteuse)</translation>
    </message>
    <message>
        <source>Turned, scale</source>
        <translation>Rotation, échelle</translation>
    </message>
    <message>
        <source>%1°, %2×</source>
        <translation>%1°, %2×</translation>
    </message>
    <message>
        <source>Baseline field in view</source>
        <translation>Champ de référence visible</translation>
    </message>
    <message>
        <source>No earlier photo of this site has been analysed: there is no baseline to follow up.</source>
        <translation>Aucune photo antérieure de cette zone n&apos;a été analysée : il n&apos;y a pas de référence à suivre.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>tricholog::AnalysisView</name>
    <message>
        <source>Photo with the hairs found</source>
        <translation>Photo avec les cheveux détectés</translation>
    </message>
    <message>
        <source>Wheel or + and - zoom, right drag or Ctrl+arrows pan, 0 fits. Arrows move the crosshair, Space uses the tool there, Enter ends a drawn hair. Tab selects the next hair, Delete removes it, [ and ] change its width.</source>
        <translation>La molette ou + et - zooment, le glisser avec le bouton droit ou Ctrl+flèches déplacent l&apos;image, 0 ajuste. Les flèches déplacent le réticule, Espace applique l&apos;outil à cet endroit, Entrée termine un cheveu tracé. Tab sélectionne le cheveu suivant, Suppr le retire, [ et ] modifient sa largeur.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Aucune photo</translation>
    </message>
</context>
<context>
    <name>tricholog::AttachPhotosDialog</name>
    <message>
        <source>Edit photo details</source>
        <translation>Modifier les informations de la photo</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n photo(s)</source>
        <translation>
            <numerusform>Joindre %n photo</numerusform>
            <numerusform>Joindre %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Séance&#xa0;:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Time taken: %1</source>
        <translation>Date de prise de vue&#xa0;: %1</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vue&#xa0;:</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Prise de vue&#xa0;:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <source>Magnification:</source>
        <translation>Grossissement&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 × %3 px</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 × %3 px</translation>
    </message>
</context>
<context>
    <name>tricholog::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Patient MRN</source>
        <translation>Numéro de dossier (MRN)</translation>
    </message>
    <message>
        <source>all patients</source>
        <translation>tous les patients</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>tous les utilisateurs</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Patient (MRN):</source>
        <translation>&amp;Patient (MRN) :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>No patient with MRN %1.</source>
        <translation>Aucun patient avec le MRN %1.</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Avant : %1
Après : %2</translation>
    </message>
    <message>
        <source>%1 entries shown (newest first, at most %2).</source>
        <translation>%1 entrées affichées (les plus récentes d’abord, %2 au plus).</translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries, each linked to the one before.</source>
        <translation>La chaîne est intacte : %1 entrées, chacune liée à la précédente.</translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: %2.</source>
        <translation>La chaîne est rompue à l’entrée %1 : %2.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 entries written to %2.</source>
        <translation>%1 entrées écrites dans %2.</translation>
    </message>
    <message>
        <source>Checking the hash chain…</source>
        <translation>Vérification de la chaîne de hachage…</translation>
    </message>
    <message>
        <source>Writing the CSV file…</source>
        <translation>Écriture du fichier CSV…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Entry %1: %2, table %3, record %4</source>
        <translation>Entrée %1&#xa0;: %2, table %3, enregistrement %4</translation>
    </message>
</context>
<context>
    <name>tricholog::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Account %1. The new password needs at least %2 characters.</source>
        <translation>Compte %1. Le nouveau mot de passe doit comporter au moins %2 caractères.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>&amp;Confirmation du nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe (confirmation)</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>tricholog::ClinicOutcomesDialog</name>
    <message>
        <source>Clinic outcomes</source>
        <translation>Résultats du cabinet</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>Exporter le rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>Outcomes by group</source>
        <translation>Résultats par groupe</translation>
    </message>
    <message>
        <source>Click a point to open that patient.</source>
        <translation>Cliquez sur un point pour ouvrir ce patient.</translation>
    </message>
    <message>
        <source>C&amp;hange by group</source>
        <translation>&amp;Variation par groupe</translation>
    </message>
    <message>
        <source>Res&amp;ponders</source>
        <translation>Ré&amp;pondeurs</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Needle length</source>
        <translation>Longueur d&apos;aiguille</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>With or without %1</source>
        <translation>Avec ou sans %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age at baseline</source>
        <translation>Âge à l&apos;inclusion</translation>
    </message>
    <message>
        <source>Under 30</source>
        <translation>Moins de 30</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 et plus</translation>
    </message>
    <message>
        <source>Baselines from</source>
        <translation>Inclusions à partir du</translation>
    </message>
    <message>
        <source>Baselines to</source>
        <translation>Inclusions jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Grandeur :</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Zone :</translation>
    </message>
    <message>
        <source>&amp;Time point:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>&amp;Window (±):</source>
        <translation>&amp;Fenêtre (±) :</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes :</translation>
    </message>
    <message>
        <source>&amp;Responder at:</source>
        <translation>&amp;Répondeur à partir de :</translation>
    </message>
    <message>
        <source>Dia&amp;gnosis:</source>
        <translation>Dia&amp;gnostic :</translation>
    </message>
    <message>
        <source>S&amp;ex:</source>
        <translation>S&amp;exe :</translation>
    </message>
    <message>
        <source>&amp;Age at baseline:</source>
        <translation>Â&amp;ge à l&apos;inclusion :</translation>
    </message>
    <message>
        <source>Baselines &amp;from:</source>
        <translation>Inclusions à partir &amp;du :</translation>
    </message>
    <message>
        <source>Baselines t&amp;o:</source>
        <translation>Inclusions &amp;jusqu&apos;au :</translation>
    </message>
    <message>
        <source>MRN %1: %2 on %3, %4 on %5 (change %6)</source>
        <translation>MRN %1 : %2 le %3, %4 le %5 (variation %6)</translation>
    </message>
    <message>
        <source>Export clinic outcomes</source>
        <translation>Exporter les résultats du cabinet</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The outcomes of %n patient(s) were written to %1.</source>
        <translation>
            <numerusform>Les résultats de %n patient ont été écrits dans %1.</numerusform>
            <numerusform>Les résultats de %n patients ont été écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the cohort report</source>
        <translation>Exporter le rapport de cohorte</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page écrite dans %1.</numerusform>
            <numerusform>%n pages écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clinic outcomes: definitions</source>
        <translation>Résultats du cabinet : définitions</translation>
    </message>
    <message>
        <source>Groups: %1. Patients are selected by their baseline&apos;s date, the type of their earliest active diagnosis, their sex and their age at baseline. The published arms come from other populations and methods: they are drawn apart, for context.</source>
        <translation>Groupes : %1. Les patients sont choisis selon la date de leur inclusion, le type de leur diagnostic actif le plus ancien, leur sexe et leur âge à l&apos;inclusion. Les bras publiés viennent d&apos;autres populations et méthodes : ils sont dessinés à part, pour situer.</translation>
    </message>
    <message>
        <source>Adherence to the plan</source>
        <translation>Observance du plan</translation>
    </message>
</context>
<context>
    <name>tricholog::DataActions</name>
    <message>
        <source>Export which records?</source>
        <translation>Exporter quels dossiers&#xa0;?</translation>
    </message>
    <message>
        <source>Patient %1 only</source>
        <translation>Patient %1 uniquement</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>Import CSV files</source>
        <translation>Importer des fichiers CSV</translation>
    </message>
    <message>
        <source>Imported.

%1</source>
        <translation>Importation terminée.

%1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export CSV files into</source>
        <translation>Exporter les fichiers CSV dans</translation>
    </message>
    <message>
        <source>%1 patients, %2 diagnoses, %3 sessions and %4 measurements written to %5.</source>
        <translation>%1 patients, %2 diagnostics, %3 séances et %4 mesures écrits dans %5.</translation>
    </message>
    <message>
        <source>Export FHIR</source>
        <translation>Exporter en FHIR</translation>
    </message>
    <message>
        <source>Export FHIR R4 bundle</source>
        <translation>Exporter un bundle FHIR R4</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 resources written to %2.</source>
        <translation>%1 ressources écrites dans %2.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Tricholog database (*.sqlite)</source>
        <translation>Base de données Tricholog (*.sqlite)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>A checked copy of the database is at %1.</source>
        <translation>Une copie vérifiée de la base de données se trouve dans %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Tricholog database (*.sqlite *.bak);;All files (*)</source>
        <translation>Base de données Tricholog (*.sqlite *.bak);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>This file cannot be restored.

%1</source>
        <translation>Ce fichier ne peut pas être restauré.

%1</translation>
    </message>
    <message>
        <source>Replace the open database with the backup %1 (last changed %2)?

The current database is kept beside it as a &quot;.before-restore&quot; copy. Tricholog closes the database, restores the backup and opens it again.</source>
        <translation>Remplacer la base de données ouverte par la sauvegarde %1 (dernière modification&#xa0;: %2)&#xa0;?

La base de données actuelle est conservée à côté sous forme de copie «&#xa0;.before-restore&#xa0;». Tricholog ferme la base de données, restaure la sauvegarde puis la rouvre.</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Sauvegarde automatique</translation>
    </message>
    <message>
        <source>The automatic backup failed; your data is unchanged.

%1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;; vos données sont inchangées.

%1</translation>
    </message>
    <message>
        <source>%1 is the open database itself; choose another file.</source>
        <translation>%1 est la base de données ouverte elle-même ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Writing the CSV files…</source>
        <translation>Écriture des fichiers CSV…</translation>
    </message>
    <message>
        <source>Writing the FHIR bundle…</source>
        <translation>Écriture du bundle FHIR…</translation>
    </message>
    <message>
        <source>Writing and checking a copy of the database…</source>
        <translation>Écriture et vérification d&apos;une copie de la base de données…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Keeping a copy of the database before closing…</source>
        <translation>Copie de la base de données avant la fermeture…</translation>
    </message>
    <message>
        <source>Export FHIR NDJSON</source>
        <translation>Exporter en FHIR NDJSON</translation>
    </message>
    <message>
        <source>Export FHIR NDJSON files into</source>
        <translation>Exporter les fichiers FHIR NDJSON dans</translation>
    </message>
    <message>
        <source>Writing the FHIR NDJSON files…</source>
        <translation>Écriture des fichiers FHIR NDJSON…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Written to %1:
%2</source>
        <translation>Écrit dans %1 :
%2</translation>
    </message>
</context>
<context>
    <name>tricholog::DiagnosisDialog</name>
    <message>
        <source>Edit diagnosis</source>
        <translation>Modifier le diagnostic</translation>
    </message>
    <message>
        <source>New diagnosis</source>
        <translation>Nouveau diagnostic</translation>
    </message>
    <message>
        <source>SALT: percent of hair loss per region</source>
        <translation>SALT&#xa0;: pourcentage de perte de cheveux par région</translation>
    </message>
    <message>
        <source>&amp;Vertex (40 %):</source>
        <translation>&amp;Vertex (40 %)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Posterior (24 %):</source>
        <translation>&amp;Postérieure (24 %)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Right side (18 %):</source>
        <translation>Côté d&amp;roit (18 %)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Left side (18 %):</source>
        <translation>Côté &amp;gauche (18 %)&#xa0;:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Trichoscopy findings</source>
        <translation>Signes trichoscopiques</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ICD-10 code:</source>
        <translation>Code &amp;ICD-10&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Diagnosed on:</source>
        <translation>&amp;Diagnostiqué le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Severity &amp;scale:</source>
        <translation>É&amp;chelle de sévérité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>Gr&amp;ade&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&lt;b&gt;SALT %1&lt;/b&gt; · band %2 · AA-IGA %3%4</source>
        <translation>&lt;b&gt;SALT %1&lt;/b&gt; · classe %2 · AA-IGA %3%4</translation>
    </message>
    <message>
        <source> · within the trial success criterion (SALT ≤ 20)</source>
        <translation> · critère de succès des essais cliniques atteint (SALT ≤ 20)</translation>
    </message>
    <message>
        <source>year, year and month, or a date: 2019, 2019-03, 2019-03-14</source>
        <translation>année, année et mois, ou date&#xa0;: 2019, 2019-03, 2019-03-14</translation>
    </message>
    <message>
        <source>Correct the marked region to see the score.</source>
        <translation>Corrigez la région signalée pour afficher le score.</translation>
    </message>
</context>
<context>
    <name>tricholog::DiagnosisTableModel</name>
    <message>
        <source>Diagnosed</source>
        <translation>Diagnostiqué le</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>ICD-10</source>
        <translation>ICD-10</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>tricholog::EntryDialog</name>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tricholog::ImportDialog</name>
    <message>
        <source>&amp;Patients:</source>
        <translation>&amp;Patients&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Diagnoses:</source>
        <translation>&amp;Diagnostics&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Séances&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measurements:</source>
        <translation>&amp;Mesures&#xa0;:</translation>
    </message>
    <message>
        <source>Import CSV files</source>
        <translation>Importer des fichiers CSV</translation>
    </message>
    <message>
        <source>One file per kind, with a header row (see the README for the columns). Everything is checked first: if any row is wrong, nothing is imported. Rows already in the database are left unchanged.</source>
        <translation>Un fichier par type, avec une ligne d&apos;en-tête (voir le README pour les colonnes). Tout est d&apos;abord vérifié&#xa0;: si une ligne est erronée, rien n&apos;est importé. Les lignes déjà présentes dans la base de données restent inchangées.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>P&amp;review:</source>
        <translation>&amp;Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of</source>
        <translation>Aperçu de</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Check and &amp;import</source>
        <translation>&amp;Vérifier et importer</translation>
    </message>
    <message>
        <source>No %1 file chosen.</source>
        <translation>Aucun fichier de %1 choisi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Impossible de lire %1&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>Missing columns: %1</source>
        <translation>Colonnes manquantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown columns: %1</source>
        <translation>Colonnes inconnues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not a column Tricholog knows: the import will refuse the file.</source>
        <translation>Colonne inconnue de Tricholog&#xa0;: l&apos;import refusera le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. %n problem(s):</source>
        <translation>
            <numerusform>Rien n&apos;a été importé. %n problème&#xa0;:</numerusform>
            <numerusform>Rien n&apos;a été importé. %n problèmes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and importing the files…</source>
        <translation>Vérification et importation des fichiers…</translation>
    </message>
    <message>
        <source>%1 · %2 · delimiter %3 · %4 column(s) · %5 row(s)</source>
        <translation>%1 · %2 · séparateur %3 · %4 colonne(s) · %5 ligne(s)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>tricholog::ItemListEditor</name>
    <message>
        <source>Remove this row</source>
        <translation>Supprimer cette ligne</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation>%1 sévérité</translation>
    </message>
    <message>
        <source>%1 detail</source>
        <translation>%1 détail</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>tricholog::MainWindow</name>
    <message>
        <source>Find patient by name or MRN (Ctrl+F)</source>
        <translation>Rechercher un patient par nom ou MRN (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Rechercher un patient</translation>
    </message>
    <message>
        <source>Show &amp;archived patients</source>
        <translation>Afficher les patients arc&amp;hivés</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Tricholog</source>
        <translation>Tricholog</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Modifier le patient…</translation>
    </message>
    <message>
        <source>&amp;Archive patient</source>
        <translation>&amp;Archiver le patient</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Re&amp;chercher un patient</translation>
    </message>
    <message>
        <source>Ne&amp;xt patient</source>
        <translation>Patient &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious patient</source>
        <translation>Patient &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Saisie</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Nouvelle &amp;séance…</translation>
    </message>
    <message>
        <source>New &amp;measurements…</source>
        <translation>Nouvelles &amp;mesures…</translation>
    </message>
    <message>
        <source>New &amp;diagnosis…</source>
        <translation>Nouveau &amp;diagnostic…</translation>
    </message>
    <message>
        <source>New patient-reported &amp;outcome…</source>
        <translation>Nouvelle évaluation rapportée par le &amp;patient…</translation>
    </message>
    <message>
        <source>Rep&amp;ort</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;Export progress report as PDF…</source>
        <translation>&amp;Exporter le rapport d&apos;évolution en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print progress report…</source>
        <translation>&amp;Imprimer le rapport d&apos;évolution…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Tricholog</source>
        <translation>À &amp;propos de Tricholog</translation>
    </message>
    <message>
        <source>About Tricholog</source>
        <translation>À propos de Tricholog</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tricholog %1&lt;/b&gt;&lt;p&gt;Hair-loss clinic records, microneedling sessions and regrowth reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tricholog %1&lt;/b&gt;&lt;p&gt;Dossiers de clinique capillaire, séances de microneedling et rapports de repousse.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Restore from &amp;archive</source>
        <translation>Restaurer depuis l&apos;&amp;archive</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) listed</source>
        <translation>
            <numerusform>%n patient affiché</numerusform>
            <numerusform>%n patients affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import CSV files…</source>
        <translation>&amp;Importer des fichiers CSV…</translation>
    </message>
    <message>
        <source>Export &amp;CSV files…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;FHIR R4 bundle…</source>
        <translation>Exporter un bundle &amp;FHIR R4…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Reload from the database</source>
        <translation>&amp;Recharger depuis la base</translation>
    </message>
    <message>
        <source>This database is open read-only (%1 cannot be written): you can look and print, but nothing can be saved.</source>
        <translation>Cette base est ouverte en lecture seule (%1 ne peut pas être écrit) : vous pouvez consulter et imprimer, mais rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>&amp;Attach photos…</source>
        <translation>&amp;Joindre des photos…</translation>
    </message>
    <message>
        <source>&amp;Compare photos…</source>
        <translation>&amp;Comparer des photos…</translation>
    </message>
    <message>
        <source>Export reports of the &amp;listed patients…</source>
        <translation>Exporter les rapports des patients &amp;listés…</translation>
    </message>
    <message>
        <source>%1 or more patients listed</source>
        <translation>%1 patients ou plus listés</translation>
    </message>
    <message>
        <source>Open a ser&amp;ver database…</source>
        <translation>Ouvrir une base sur ser&amp;veur…</translation>
    </message>
    <message>
        <source>Open a &amp;database file…</source>
        <translation>Ouvrir un fichier de base de &amp;données…</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Ouvrir un fichier de base de données</translation>
    </message>
    <message>
        <source>Tricholog database (*.sqlite);;All files (*)</source>
        <translation>Base Tricholog (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 · signed in as %2 (%3)</source>
        <translation>%1 · connecté en tant que %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Practice details…</source>
        <translation>Informations du ca&amp;binet…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir&#xa0;: %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>%1 is not in the list: record actions are off until a patient of the list is open.</source>
        <translation>%1 n&apos;est pas dans la liste&#xa0;: les actions sur le dossier sont désactivées jusqu&apos;à ce qu&apos;un patient de la liste soit ouvert.</translation>
    </message>
    <message>
        <source>This database is open read-only: its audit protection was changed outside Tricholog (%1). Nothing can be saved, so that nothing goes unlogged. Ask the administrator to run tricholog audit verify and to restore a backup.</source>
        <translation>Cette base est ouverte en lecture seule&#xa0;: sa protection d&apos;audit a été modifiée en dehors de Tricholog (%1). Rien ne peut être enregistré, afin que rien n&apos;échappe au journal. Demandez à l&apos;administrateur d&apos;exécuter tricholog audit verify et de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s head could not be recorded: %1</source>
        <translation>La tête du journal d&apos;audit n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export FHIR &amp;NDJSON files…</source>
        <translation>Exporter les fichiers FHIR &amp;NDJSON…</translation>
    </message>
    <message>
        <source>&amp;Clinic outcomes…</source>
        <translation>Résultats du &amp;cabinet…</translation>
    </message>
    <message>
        <source>Re&amp;call list…</source>
        <translation>Liste de &amp;rappel…</translation>
    </message>
    <message>
        <source>Apply a treatment &amp;plan…</source>
        <translation>Appliquer un &amp;plan de traitement…</translation>
    </message>
    <message>
        <source>Protocol &amp;templates…</source>
        <translation>&amp;Modèles de protocole…</translation>
    </message>
</context>
<context>
    <name>tricholog::MeasurementGridDialog</name>
    <message>
        <source>Measurements for a visit</source>
        <translation>Mesures d&apos;une visite</translation>
    </message>
    <message>
        <source>no session (measurement-only visit)</source>
        <translation>pas de séance (visite de mesure uniquement)</translation>
    </message>
    <message>
        <source>%1 · %2 %3 mm%4</source>
        <translation>%1 · %2 %3 mm%4</translation>
    </message>
    <message>
        <source> · session %1</source>
        <translation> · séance %1</translation>
    </message>
    <message>
        <source>e.g. videodermatoscope</source>
        <translation>p. ex. vidéodermoscope</translation>
    </message>
    <message>
        <source>name of the marked target area, e.g. tattoo 1 cm² vertex</source>
        <translation>nom de la zone cible marquée, p. ex. tatouage 1 cm² vertex</translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation>&amp;Date de la visite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Séance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;gnification:</source>
        <translation>&amp;Grossissement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target area:</source>
        <translation>&amp;Zone cible&#xa0;:</translation>
    </message>
    <message>
        <source>Measurements by site</source>
        <translation>Mesures par site</translation>
    </message>
    <message>
        <source>Type values per site; empty cells are not recorded. Tab moves right, Enter moves down, Delete clears.</source>
        <translation>Saisissez les valeurs par site&#xa0;; les cellules vides ne sont pas enregistrées. Tab passe à droite, Entrée descend, Suppr efface.</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>Modifier la mesure</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Allowed: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre. Valeurs autorisées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2.</source>
        <translation>%1 est en dehors de la plage autorisée %2.</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Valeurs autorisées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation>Saisissez au moins une valeur.</translation>
    </message>
    <message>
        <source>Measure from &amp;photo…</source>
        <translation>Mesurer sur une &amp;photo…</translation>
    </message>
    <message>
        <source>Close this form and measure density, diameter and terminal/vellus shares from one of the patient&apos;s trichoscopic photos</source>
        <translation>Fermer ce formulaire et mesurer densité, diamètre et parts terminaux/duvets sur une photo trichoscopique du patient</translation>
    </message>
    <message>
        <source>Measure from photo</source>
        <translation>Mesurer sur une photo</translation>
    </message>
    <message>
        <source>The values typed in this form will not be saved. Measure from a photo instead?</source>
        <translation>Les valeurs saisies dans ce formulaire ne seront pas enregistrées. Mesurer plutôt sur une photo ?</translation>
    </message>
</context>
<context>
    <name>tricholog::MeasurementTableModel</name>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Cum. thickness
(%1)</source>
        <translation>Épaiss. cumulée
(%1)</translation>
    </message>
</context>
<context>
    <name>tricholog::NumberField</name>
    <message>
        <source>Allowed: %1</source>
        <translation>Valeurs autorisées&#xa0;: %1</translation>
    </message>
    <message>
        <source>A value is required (%1).</source>
        <translation>Une valeur est obligatoire (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Allowed: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre. Valeurs autorisées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2.</source>
        <translation>%1 est en dehors de la plage autorisée %2.</translation>
    </message>
    <message>
        <source>%1 is not a whole number. Allowed: %2.</source>
        <translation>%1 n&apos;est pas un nombre entier. Valeurs autorisées&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>tricholog::OptionalDateEdit</name>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>a date such as %1 or %2</source>
        <translation>une date telle que %1 ou %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date. Saisissez %2.</translation>
    </message>
</context>
<context>
    <name>tricholog::OutcomeDialog</name>
    <message>
        <source>Edit patient-reported outcome</source>
        <translation>Modifier l&apos;évaluation rapportée par le patient</translation>
    </message>
    <message>
        <source>New patient-reported outcome</source>
        <translation>Nouvelle évaluation rapportée par le patient</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Séance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Global self-assessment:</source>
        <translation>Auto-évaluation &amp;globale&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;hedding score (1-6):</source>
        <translation>Score de &amp;chute (1-6)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tricholog::OutcomeTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Global self-assessment</source>
        <translation>Auto-évaluation globale</translation>
    </message>
    <message>
        <source>Shedding (1-6)</source>
        <translation>Chute (1-6)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>tricholog::PatientDialog</name>
    <message>
        <source>Edit patient %1</source>
        <translation>Modifier le patient %1</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Record number (MRN)</source>
        <translation>Numéro de dossier (MRN)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Phototype %1</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>&amp;MRN:</source>
        <translation>&amp;MRN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Nom de &amp;famille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Given name(s):</source>
        <translation>&amp;Prénom(s)&#xa0;:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date de n&amp;aissance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sex at birth:</source>
        <translation>&amp;Sexe à la naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Fit&amp;zpatrick skin type:</source>
        <translation>Photot&amp;ype de Fitzpatrick&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Treatment consent on:</source>
        <translation>Consentement au t&amp;raitement le&#xa0;:</translation>
    </message>
    <message>
        <source>Ph&amp;oto consent:</source>
        <translation>Consentement ph&amp;oto&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Data-processing consent:</source>
        <translation>Consentement au traitement des &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Photo consent date</source>
        <translation>Date du consentement photo</translation>
    </message>
    <message>
        <source>Data-processing consent date</source>
        <translation>Date du consentement au traitement des données</translation>
    </message>
    <message>
        <source>already used</source>
        <translation>déjà utilisé</translation>
    </message>
    <message>
        <source>too long (max. %1)</source>
        <translation>trop long (max. %1)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>data-processing consent</source>
        <translation>consentement au traitement des données</translation>
    </message>
    <message>
        <source>Save without %1?</source>
        <translation>Enregistrer sans %1&#xa0;?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1 has no %2 recorded. Save anyway?</source>
        <translation>Pour %1, les informations suivantes ne sont pas renseignées&#xa0;: %2. Enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>&amp;Go back and add it</source>
        <translation>&amp;Revenir pour compléter</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Data-processing consent</source>
        <translation>Consentement au traitement des données</translation>
    </message>
    <message>
        <source>Not saved yet: add %1, or save again and confirm.</source>
        <translation>Pas encore enregistré&#xa0;: complétez les informations manquantes (%1), ou enregistrez à nouveau et confirmez.</translation>
    </message>
</context>
<context>
    <name>tricholog::PatientFileWidget</name>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Vue d&apos;&amp;ensemble</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>É&amp;volution</translation>
    </message>
    <message>
        <source>New &amp;diagnosis…</source>
        <translation>Nouveau &amp;diagnostic…</translation>
    </message>
    <message>
        <source>D&amp;iagnoses</source>
        <translation>D&amp;iagnostics</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Nouvelle &amp;séance…</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>New &amp;measurements…</source>
        <translation>Nouvelles &amp;mesures…</translation>
    </message>
    <message>
        <source>&amp;Measurements</source>
        <translation>&amp;Mesures</translation>
    </message>
    <message>
        <source>New o&amp;utcome…</source>
        <translation>Nouvelle év&amp;aluation…</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>Év&amp;aluations</translation>
    </message>
    <message>
        <source>Patient notes</source>
        <translation>Notes sur le patient</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Enregistrer les notes</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>&lt;i&gt;No patient selected. Choose one in the list, or create one with Ctrl+N.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun patient sélectionné. Choisissez-en un dans la liste ou créez-en un avec Ctrl+N.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; MRN %2 &amp;nbsp; %3%4%5</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; MRN %2 &amp;nbsp; %3%4%5</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>âge inconnu</translation>
    </message>
    <message>
        <source> · &lt;b&gt;archived&lt;/b&gt;</source>
        <translation> · &lt;b&gt;archivé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Patient&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Patient&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Sex at birth</source>
        <translation>Sexe à la naissance</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Phototype de Fitzpatrick</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Treatment consent</source>
        <translation>Consentement au traitement</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Consentement photo</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>oui, le %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Data-processing consent</source>
        <translation>Consentement au traitement des données</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diagnoses&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Diagnostics&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, depuis le %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;No active diagnosis.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun diagnostic actif.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Treatment course&lt;/h3&gt;&lt;table&gt;</source>
        <translation>&lt;h3&gt;Protocole de traitement&lt;/h3&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Next visit (expected)</source>
        <translation>Prochaine visite (prévue)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Progress since baseline&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Évolution depuis la valeur initiale&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur initiale</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>% change</source>
        <translation>Variation en %</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>single visit</source>
        <translation>visite unique</translation>
    </message>
    <message>
        <source>&lt;p&gt;No measurements yet: record a baseline visit with Ctrl+M.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune mesure pour l&apos;instant&#xa0;: enregistrez une visite initiale avec Ctrl+M.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+S). Notes are also saved when you switch to another patient.</source>
        <translation>Enregistrer les notes (Ctrl+S). Les notes sont aussi enregistrées lorsque vous passez à un autre patient.</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>Pho&amp;tos</translation>
    </message>
    <message>
        <source>, diagnosed %1</source>
        <translation>, diagnostic posé le %1</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (témoin)</translation>
    </message>
    <message>
        <source>&amp;Treatment plan</source>
        <translation>Plan de &amp;traitement</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Due next</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Observance</translation>
    </message>
</context>
<context>
    <name>tricholog::PatientListModel</name>
    <message>
        <source>Density change since baseline at the main treated site</source>
        <translation>Variation de densité depuis la valeur initiale au principal site traité</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Main diagnosis</source>
        <translation>Diagnostic principal</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Density Δ</source>
        <translation>Δ densité</translation>
    </message>
    <message>
        <source>Hair density change since baseline, in %: the mean over the treated sites measured at least twice. Control sites (the occipital donor area) are left out.</source>
        <translation>Variation de la densité capillaire depuis la valeur initiale, en %&#xa0;: moyenne des sites traités mesurés au moins deux fois. Les sites témoins (zone donneuse occipitale) ne sont pas pris en compte.</translation>
    </message>
</context>
<context>
    <name>tricholog::PhotoCompareDialog</name>
    <message>
        <source>Compare photos: %1</source>
        <translation>Comparer des photos&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Avant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>A&amp;près&#xa0;:</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>&amp;Côte à côte</translation>
    </message>
    <message>
        <source>S&amp;lider</source>
        <translation>Cu&amp;rseur</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Show both photos whole (0)</source>
        <translation>Afficher les deux photos en entier (0)</translation>
    </message>
    <message>
        <source>Wheel or + and − zoom both photos at once; drag or the arrow keys pan; M switches the mode; [ and ] move the slider.</source>
        <translation>La molette ou + et − zooment sur les deux photos à la fois&#xa0;; faites glisser ou utilisez les flèches pour déplacer l&apos;image&#xa0;; M change de mode&#xa0;; [ et ] déplacent le curseur.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
</context>
<context>
    <name>tricholog::PhotoCompareView</name>
    <message>
        <source>Before and after photos</source>
        <translation>Photos avant/après</translation>
    </message>
    <message>
        <source>Wheel or + and - zoom both photos, drag or arrow keys pan, 0 fits, M switches between side by side and slider.</source>
        <translation>La molette ou + et - zooment sur les deux photos, le glisser ou les flèches déplacent l&apos;image, 0 ajuste, M bascule entre côte à côte et curseur.</translation>
    </message>
    <message>
        <source>No photo chosen</source>
        <translation>Aucune photo choisie</translation>
    </message>
</context>
<context>
    <name>tricholog::PhotoTileDelegate</name>
    <message>
        <source>No image</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <source>(select it for details)</source>
        <translation>(sélectionnez-la pour voir les détails)</translation>
    </message>
</context>
<context>
    <name>tricholog::PhotoTimelineModel</name>
    <message>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <source>Original missing</source>
        <translation>Original manquant</translation>
    </message>
    <message>
        <source>Original damaged</source>
        <translation>Original endommagé</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation>Affichage impossible</translation>
    </message>
    <message>
        <source>Taken %1 (%2)</source>
        <translation>Prise le %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 × %4 px · %5</source>
        <translation>%1 · %2 · %3 × %4 px · %5</translation>
    </message>
</context>
<context>
    <name>tricholog::PhotosTab</name>
    <message>
        <source>&amp;Attach photos…</source>
        <translation>&amp;Joindre des photos…</translation>
    </message>
    <message>
        <source>Attach JPEG or PNG photos to a session (Ctrl+Shift+A); you can also drop files here</source>
        <translation>Joindre des photos JPEG ou PNG à une séance (Ctrl+Maj+A)&#xa0;; vous pouvez aussi déposer des fichiers ici</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>C&amp;omparer…</translation>
    </message>
    <message>
        <source>Before and after: two photos of one view with one zoom and pan</source>
        <translation>Avant/après&#xa0;: deux photos d&apos;une même vue avec un zoom et un déplacement communs</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>C&amp;heck originals</source>
        <translation>Vérifier les ori&amp;ginaux</translation>
    </message>
    <message>
        <source>Compare every original with the checksum recorded when it was stored</source>
        <translation>Comparer chaque original à la somme de contrôle relevée lors de son enregistrement</translation>
    </message>
    <message>
        <source>Photo timeline</source>
        <translation>Chronologie des photos</translation>
    </message>
    <message>
        <source>Photos belong to a session: record the first session (Ctrl+T), then attach its photos here.</source>
        <translation>Les photos appartiennent à une séance&#xa0;: enregistrez la première séance (Ctrl+T), puis joignez ses photos ici.</translation>
    </message>
    <message>
        <source>No photos yet. Attach them with the button or Ctrl+Shift+A, or drop JPEG or PNG files here.</source>
        <translation>Aucune photo pour l&apos;instant. Joignez-les avec le bouton ou Ctrl+Maj+A, ou déposez ici des fichiers JPEG ou PNG.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s). Enter or double-click compares a photo with the first of its view.</source>
        <translation>
            <numerusform>%n photo. Entrée ou un double-clic compare une photo à la première de sa vue.</numerusform>
            <numerusform>%n photos. Entrée ou un double-clic compare une photo à la première de sa vue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Joindre des photos</translation>
    </message>
    <message>
        <source>Attach photos to a session</source>
        <translation>Joindre des photos à une séance</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Check originals</source>
        <translation>Vérifier les originaux</translation>
    </message>
    <message numerus="yes">
        <source>%n stored photo(s) hidden until consent is given again.</source>
        <translation>
            <numerusform>%n photo enregistrée reste masquée jusqu&apos;à ce que le consentement soit de nouveau donné.</numerusform>
            <numerusform>%n photos enregistrées restent masquées jusqu&apos;à ce que le consentement soit de nouveau donné.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) checked: all intact, each matching the checksum recorded when it was stored.</source>
        <translation>
            <numerusform>%n original vérifié&#xa0;: intact, il correspond à la somme de contrôle relevée lors de son enregistrement.</numerusform>
            <numerusform>%n originaux vérifiés&#xa0;: tous intacts, chacun correspond à la somme de contrôle relevée lors de son enregistrement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) missing or damaged, marked in red.</source>
        <translation>
            <numerusform>%n original manquant ou endommagé, signalé en rouge.</numerusform>
            <numerusform>%n originaux manquants ou endommagés, signalés en rouge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing every original with its checksum…</source>
        <translation>Comparaison de chaque original avec sa somme de contrôle…</translation>
    </message>
    <message>
        <source>&amp;Measure…</source>
        <translation>&amp;Mesurer…</translation>
    </message>
    <message>
        <source>Count and measure the hairs in this trichoscopic photo, correct them by hand and save the figures as a measurement (Ctrl+Shift+M)</source>
        <translation>Compter et mesurer les cheveux sur cette photo trichoscopique, les corriger à la main et enregistrer les valeurs comme mesure (Ctrl+Maj+M)</translation>
    </message>
</context>
<context>
    <name>tricholog::PlanDialog</name>
    <message>
        <source>Apply a treatment plan</source>
        <translation>Appliquer un plan de traitement</translation>
    </message>
    <message>
        <source>Change the treatment plan</source>
        <translation>Modifier le plan de traitement</translation>
    </message>
    <message>
        <source>(no template: fill in the plan below)</source>
        <translation>(aucun modèle : remplissez le plan ci-dessous)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>The template&apos;s values are copied into this patient&apos;s plan; what you change here changes this plan only.</source>
        <translation>Les valeurs du modèle sont copiées dans le plan de ce patient ; ce que vous modifiez ici ne change que ce plan.</translation>
    </message>
    <message>
        <source>Visits already done stay done; the planned dates follow the new values.</source>
        <translation>Les visites déjà faites le restent ; les dates prévues suivent les nouvelles valeurs.</translation>
    </message>
    <message>
        <source>Replace the values you changed for this patient with those of the template &quot;%1&quot;?</source>
        <translation>Remplacer les valeurs modifiées pour ce patient par celles du modèle « %1 » ?</translation>
    </message>
</context>
<context>
    <name>tricholog::PlanEditor</name>
    <message>
        <source>Apply plan &quot;%1&quot;</source>
        <translation>Appliquer le plan « %1 »</translation>
    </message>
    <message>
        <source>Change plan &quot;%1&quot;</source>
        <translation>Modifier le plan « %1 »</translation>
    </message>
    <message>
        <source>Stop plan &quot;%1&quot;</source>
        <translation>Arrêter le plan « %1 »</translation>
    </message>
    <message>
        <source>Restart plan &quot;%1&quot;</source>
        <translation>Reprendre le plan « %1 »</translation>
    </message>
    <message>
        <source>Stop the treatment plan</source>
        <translation>Arrêter le plan de traitement</translation>
    </message>
    <message>
        <source>The visits planned after this day are cancelled and the patient leaves the recall list. Undo (Ctrl+Z) brings the plan back.</source>
        <translation>Les visites prévues après ce jour sont annulées et le patient quitte la liste de rappel. Annuler (Ctrl+Z) rétablit le plan.</translation>
    </message>
    <message>
        <source>Stopped &amp;on:</source>
        <translation>Arrêté &amp;le :</translation>
    </message>
    <message>
        <source>Export the planned visits</source>
        <translation>Exporter les visites prévues</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n planned visit(s) written to %1.</source>
        <translation>
            <numerusform>%n visite prévue écrite dans %1.</numerusform>
            <numerusform>%n visites prévues écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a call</source>
        <translation>Enregistrer un appel</translation>
    </message>
</context>
<context>
    <name>tricholog::PlanTab</name>
    <message>
        <source>Appl&amp;y a template…</source>
        <translation>Appli&amp;quer un modèle…</translation>
    </message>
    <message>
        <source>Chan&amp;ge plan…</source>
        <translation>&amp;Modifier le plan…</translation>
    </message>
    <message>
        <source>Stop p&amp;lan…</source>
        <translation>Arrêter &amp;le plan…</translation>
    </message>
    <message>
        <source>&amp;Calendar file…</source>
        <translation>Fi&amp;chier calendrier…</translation>
    </message>
    <message>
        <source>The visits to come as an iCalendar file (.ics) for the patient&apos;s or the clinic&apos;s calendar; names the clinic, never the patient.</source>
        <translation>Les visites à venir en fichier iCalendar (.ics) pour l’agenda du patient ou de la clinique ; nomme la clinique, jamais le patient.</translation>
    </message>
    <message>
        <source>Plan shown</source>
        <translation>Plan affiché</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Visites prévues</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, à partir du %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;No treatment plan. &lt;b&gt;Apply a template&lt;/b&gt; (Alt+Y) to plan the sessions and measurement visits from a start date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun plan de traitement. &lt;b&gt;Appliquez un modèle&lt;/b&gt; pour planifier les séances et les visites de mesure à partir d’une date de début.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restart p&amp;lan</source>
        <translation>Reprendre &amp;le plan</translation>
    </message>
    <message>
        <source>from %1, &lt;b&gt;stopped on %2&lt;/b&gt;</source>
        <translation>à partir du %1, &lt;b&gt;arrêté le %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 mm, every %n day(s), %3 sessions</source>
        <translation>
            <numerusform>%1, %2 mm, tous les %n jour, %3 séances</numerusform>
            <numerusform>%1, %2 mm, tous les %n jours, %3 séances</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ensuite :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>nothing left to do</source>
        <translation>plus rien à faire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adherence:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Observance :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>not yet measurable (no session due so far)</source>
        <translation>pas encore mesurable (aucune séance échue)</translation>
    </message>
</context>
<context>
    <name>tricholog::PracticeDialog</name>
    <message>
        <source>Your practice</source>
        <translation>Votre cabinet</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Informations du cabinet</translation>
    </message>
    <message>
        <source>A new database. Its reports are headed with your practice&apos;s name, address and logo, the same on every workstation; an administrator can change them later (File &gt; Practice details).</source>
        <translation>Une nouvelle base de données. Ses rapports portent en en-tête le nom, l&apos;adresse et le logo de votre cabinet, identiques sur tous les postes de travail&#xa0;; un administrateur pourra les modifier plus tard (Fichier &gt; Informations du cabinet).</translation>
    </message>
    <message>
        <source>as it should head the reports</source>
        <translation>tel qu&apos;il doit figurer en tête des rapports</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>From each workstation&apos;s language and country (now %1)</source>
        <translation>Selon la langue et le pays de chaque poste (actuellement %1)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation>&amp;Nom du cabinet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Report &amp;paper size:</source>
        <translation>F&amp;ormat de papier des rapports&#xa0;:</translation>
    </message>
    <message>
        <source>Practice logo</source>
        <translation>Logo du cabinet</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>aucun logo</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>image illisible</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logo&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tricholog::ProgressChartPanel</name>
    <message>
        <source>Me&amp;tric:</source>
        <translation>&amp;Paramètre&#xa0;:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>A&amp;bsolute values</source>
        <translation>Valeurs a&amp;bsolues</translation>
    </message>
    <message>
        <source>% c&amp;hange from baseline</source>
        <translation>&amp;Variation en % par rapport à la valeur initiale</translation>
    </message>
    <message>
        <source>Progress per site</source>
        <translation>Évolution par site</translation>
    </message>
    <message>
        <source>One metric</source>
        <translation>Un paramètre</translation>
    </message>
    <message>
        <source>Density and diameter</source>
        <translation>Densité et diamètre</translation>
    </message>
</context>
<context>
    <name>tricholog::ProgressChartView</name>
    <message>
        <source>Progress chart</source>
        <translation>Graphique d&apos;évolution</translation>
    </message>
    <message>
        <source>Export as PNG (print resolution)…</source>
        <translation>Exporter en PNG (résolution d&apos;impression)…</translation>
    </message>
    <message>
        <source>Export as SVG (vector)…</source>
        <translation>Exporter en SVG (vectoriel)…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation>Graphique écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>tricholog::ProtocolForm</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>dose, e.g. 5 % solution, 1 ml twice daily</source>
        <translation>dose, p. ex. solution à 5 %, 1 ml deux fois par jour</translation>
    </message>
    <message>
        <source>Dose of %1</source>
        <translation>Dose de %1</translation>
    </message>
    <message>
        <source>weeks from the start, e.g. 0, 12, 24</source>
        <translation>semaines depuis le début, p. ex. 0, 12, 24</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>&amp;Appareil :</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <source>Adjuncts and doses:</source>
        <translation>Adjuvants et doses :</translation>
    </message>
    <message>
        <source>Photos at those visits:</source>
        <translation>Photos à ces visites :</translation>
    </message>
    <message>
        <source>Measurement visits: &quot;%1&quot; is not a number of weeks (write them as 0, 12, 24).</source>
        <translation>Visites de mesure : « %1 » n’est pas un nombre de semaines (écrivez-les ainsi : 0, 12, 24).</translation>
    </message>
    <message>
        <source>Needle &amp;length:</source>
        <translation>Lon&amp;gueur d’aiguille :</translation>
    </message>
    <message>
        <source>Sessi&amp;ons:</source>
        <translation>Séan&amp;ces :</translation>
    </message>
    <message>
        <source>Measurement visits (&amp;weeks):</source>
        <translation>Visites de mesure (&amp;semaines) :</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es :</translation>
    </message>
</context>
<context>
    <name>tricholog::RecallDialog</name>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>séance %1</translation>
    </message>
    <message>
        <source>measurement, week %1</source>
        <translation>mesure, semaine %1</translation>
    </message>
    <message>
        <source>Recall list</source>
        <translation>Liste de rappel</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Due &amp;within:</source>
        <translation>Échéance &amp;dans :</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;En retard seulement</translation>
    </message>
    <message>
        <source>Patients to call</source>
        <translation>Patients à appeler</translation>
    </message>
    <message>
        <source>Record a call: &lt;b&gt;1&lt;/b&gt; reached · &lt;b&gt;2&lt;/b&gt; no answer · &lt;b&gt;3&lt;/b&gt; message left · &lt;b&gt;4&lt;/b&gt; booked · &lt;b&gt;5&lt;/b&gt; declined, then &lt;b&gt;Enter&lt;/b&gt; (a note may be typed first). Enter alone opens the patient&apos;s file.</source>
        <translation>Noter un appel : &lt;b&gt;1&lt;/b&gt; joint · &lt;b&gt;2&lt;/b&gt; pas de réponse · &lt;b&gt;3&lt;/b&gt; message laissé · &lt;b&gt;4&lt;/b&gt; rendez-vous pris · &lt;b&gt;5&lt;/b&gt; refusé, puis &lt;b&gt;Entrée&lt;/b&gt; (une note peut être tapée avant). Entrée seule ouvre le dossier du patient.</translation>
    </message>
    <message>
        <source>note on the call (optional)</source>
        <translation>note sur l’appel (facultative)</translation>
    </message>
    <message>
        <source>Note on the call</source>
        <translation>Note sur l’appel</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) to call</source>
        <translation>
            <numerusform>%n patient à appeler</numerusform>
            <numerusform>%n patients à appeler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2 (%3): Enter records it, Esc cancels</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pour %2 (%3) : Entrée l’enregistre, Échap annule</translation>
    </message>
    <message>
        <source>Export the recall list</source>
        <translation>Exporter la liste de rappel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) written to %1.</source>
        <translation>
            <numerusform>%n patient écrit dans %1.</numerusform>
            <numerusform>%n patients écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the recall list</source>
        <translation>Imprimer la liste de rappel</translation>
    </message>
    <message>
        <source>Take back the last call</source>
        <translation>Annuler le dernier appel</translation>
    </message>
    <message>
        <source>Record the call again</source>
        <translation>Enregistrer à nouveau l&apos;appel</translation>
    </message>
    <message>
        <source>Taken back: %1, %2.</source>
        <translation>Annulé : %1, %2.</translation>
    </message>
    <message>
        <source>Recorded again: %1, %2.</source>
        <translation>Enregistré à nouveau : %1, %2.</translation>
    </message>
    <message>
        <source>Recorded: %1, %2. Ctrl+Z takes it back.</source>
        <translation>Enregistré : %1, %2. Ctrl+Z l’annule.</translation>
    </message>
</context>
<context>
    <name>tricholog::RecordEditor</name>
    <message>
        <source>Tricholog</source>
        <translation>Tricholog</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archiver %1</translation>
    </message>
    <message>
        <source>Restore %1 from the archive</source>
        <translation>Restaurer %1 depuis l&apos;archive</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Delete the diagnosis %1 of %2? You can undo this.</source>
        <translation>Supprimer le diagnostic %1 du %2&#xa0;? Vous pouvez annuler cette action.</translation>
    </message>
    <message>
        <source>Delete the session of %1? Its measurements and outcomes are kept. You can undo this.</source>
        <translation>Supprimer la séance du %1&#xa0;? Ses mesures et évaluations sont conservées. Vous pouvez annuler cette action.</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>one site</source>
        <translation>un seul site</translation>
    </message>
    <message>
        <source>Editing changes one site&apos;s measurement: leave values in one row only.</source>
        <translation>La modification porte sur la mesure d&apos;un seul site&#xa0;: ne laissez des valeurs que sur une ligne.</translation>
    </message>
    <message>
        <source>Delete the %1 measurement of %2? You can undo this.</source>
        <translation>Supprimer la mesure «&#xa0;%1&#xa0;» du %2&#xa0;? Vous pouvez annuler cette action.</translation>
    </message>
    <message>
        <source>Delete the outcome of %1? You can undo this.</source>
        <translation>Supprimer l&apos;évaluation du %1&#xa0;? Vous pouvez annuler cette action.</translation>
    </message>
    <message>
        <source>Photo consent withdrawn</source>
        <translation>Consentement photo retiré</translation>
    </message>
    <message>
        <source>Delete the photos permanently? This cannot be undone. Kept photos stay hidden, and show again if consent is given again.</source>
        <translation>Supprimer définitivement les photos&#xa0;? Cette action est irréversible. Les photos conservées restent masquées et réapparaissent si le consentement est de nouveau donné.</translation>
    </message>
    <message>
        <source>&amp;Delete the photos</source>
        <translation>&amp;Supprimer les photos</translation>
    </message>
    <message>
        <source>&amp;Keep them hidden</source>
        <translation>Les &amp;garder masquées</translation>
    </message>
    <message>
        <source>Photos belong to a session: record the session first (Ctrl+T), then attach its photos.</source>
        <translation>Les photos appartiennent à une séance&#xa0;: enregistrez d&apos;abord la séance (Ctrl+T), puis joignez-y ses photos.</translation>
    </message>
    <message>
        <source>Not attached:
%1</source>
        <translation>Fichiers non joints&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Delete the %1 photo taken %2? You can undo this.</source>
        <translation>Supprimer la photo «&#xa0;%1&#xa0;» prise le %2&#xa0;? Vous pouvez annuler cette action.</translation>
    </message>
    <message numerus="yes">
        <source>%1 no longer consents to photos: %n photo(s) hidden from now on.</source>
        <translation>
            <numerusform>%1 a retiré son consentement photo&#xa0;: %n photo est désormais masquée.</numerusform>
            <numerusform>%1 a retiré son consentement photo&#xa0;: %n photos sont désormais masquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Joindre des photos</translation>
    </message>
    <message>
        <source>Reading the photos…</source>
        <translation>Lecture des photos…</translation>
    </message>
    <message>
        <source>Cancelled: no photo was attached.</source>
        <translation>Annulé&#xa0;: aucune photo n&apos;a été jointe.</translation>
    </message>
    <message>
        <source>The patient of this form no longer exists.</source>
        <translation>Le patient de ce formulaire n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 has no trichoscopic photo to measure: attach one in the Photos tab first.</source>
        <translation>%1 n&apos;a aucune photo trichoscopique à mesurer : joignez-en une dans l&apos;onglet Photos d&apos;abord.</translation>
    </message>
    <message>
        <source>%1&apos;s photos are hidden (no photo consent).</source>
        <translation>Les photos de %1 sont masquées (pas de consentement photo).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Measure from photo</source>
        <translation>Mesurer sur une photo</translation>
    </message>
    <message>
        <source>&amp;Photo:</source>
        <translation>&amp;Photo :</translation>
    </message>
</context>
<context>
    <name>tricholog::ReportActions</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;From (empty: first record):</source>
        <translation>&amp;Du (vide&#xa0;: premier enregistrement)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To (empty: latest record):</source>
        <translation>&amp;Au (vide&#xa0;: dernier enregistrement)&#xa0;:</translation>
    </message>
    <message>
        <source>Export progress report</source>
        <translation>Exporter le rapport d&apos;évolution</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print progress report</source>
        <translation>Imprimer le rapport d&apos;évolution</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Export the reports of the listed patients into</source>
        <translation>Exporter les rapports des patients listés dans</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>Exporter les rapports</translation>
    </message>
    <message>
        <source>Writing the progress reports…</source>
        <translation>Écriture des rapports d&apos;évolution…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1.</source>
        <translation>
            <numerusform>%n rapport écrit dans %1.</numerusform>
            <numerusform>%n rapports écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the end of the list.</source>
        <translation>Annulé avant la fin de la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) could not be written.</source>
        <translation>
            <numerusform>%n rapport n&apos;a pas pu être écrit.</numerusform>
            <numerusform>%n rapports n&apos;ont pas pu être écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>The report was made, but the audit trail could not record it: %1</source>
        <translation>Le rapport a été créé, mais le journal d’audit n&apos;a pas pu l&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Aperçu avant impression&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page écrite dans %1.</numerusform>
            <numerusform>%n pages écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::ServerDialog</name>
    <message>
        <source>Open a server database</source>
        <translation>Ouvrir une base sur serveur</translation>
    </message>
    <message>
        <source>A PostgreSQL database shared by the clinic&apos;s workstations. Ask the clinic&apos;s IT for the address; the password is not stored.</source>
        <translation>Une base PostgreSQL partagée par les postes de la clinique. Demandez l&apos;adresse à l&apos;informatique de la clinique&#xa0;; le mot de passe n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>tricholog::SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>New microneedling session</source>
        <translation>Nouvelle séance de microneedling</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Numéro de séance</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Séances prévues</translation>
    </message>
    <message>
        <source>of</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>e.g. vertical, horizontal, diagonal</source>
        <translation>p. ex. vertical, horizontal, diagonal</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>name, e.g. lidocaine 5% cream</source>
        <translation>nom, p. ex. lidocaïne crème à 5 %</translation>
    </message>
    <message>
        <source>Anaesthetic contact time</source>
        <translation>Durée d&apos;application de l&apos;anesthésique</translation>
    </message>
    <message>
        <source>dose, e.g. 5% or 4 ml</source>
        <translation>dose, p. ex. 5 % ou 4 ml</translation>
    </message>
    <message>
        <source>Add &amp;adjunct</source>
        <translation>Ajouter un &amp;adjuvant</translation>
    </message>
    <message>
        <source>e.g. oral finasteride 1 mg daily</source>
        <translation>p. ex. finastéride oral 1 mg par jour</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>remarques</translation>
    </message>
    <message>
        <source>Add adverse &amp;event</source>
        <translation>Ajouter un effet indésira&amp;ble</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure&#xa0;:</translation>
    </message>
    <message>
        <source>Session n&amp;umber:</source>
        <translation>N&amp;uméro de séance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>Appa&amp;reil&#xa0;:</translation>
    </message>
    <message>
        <source>Needle &amp;length:</source>
        <translation>Lon&amp;gueur des aiguilles&#xa0;:</translation>
    </message>
    <message>
        <source>Needle &amp;count:</source>
        <translation>No&amp;mbre d&apos;aiguilles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passes:</source>
        <translation>&amp;Passages&#xa0;:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Dir&amp;ection&#xa0;:</translation>
    </message>
    <message>
        <source>Treated &amp;zones:</source>
        <translation>&amp;Zones traitées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Endpoint reached:</source>
        <translation>&amp;Critère d&apos;arrêt atteint&#xa0;:</translation>
    </message>
    <message>
        <source>Ana&amp;esthetic:</source>
        <translation>Ane&amp;sthésique&#xa0;:</translation>
    </message>
    <message>
        <source>Ad&amp;juncts:</source>
        <translation>Ad&amp;juvants&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Background therapy:</source>
        <translation>Traitement de &amp;fond&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;in (0-10):</source>
        <translation>Dou&amp;leur (0-10)&#xa0;:</translation>
    </message>
    <message>
        <source>Adverse e&amp;vents:</source>
        <translation>Effets &amp;indésirables&#xa0;:</translation>
    </message>
    <message>
        <source>Post-&amp;care:</source>
        <translation>Soins pos&amp;t-traitement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Adjunct</source>
        <translation>Traitement adjuvant</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Effet indésirable</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
</context>
<context>
    <name>tricholog::SessionTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aiguilles</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Critère d&apos;arrêt</translation>
    </message>
    <message>
        <source>Adjuncts</source>
        <translation>Adjuvants</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>tricholog::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> µm</source>
        <translation> µm</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Vellus hairs below:</source>
        <translation>&amp;Duvet (vellus) en dessous de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Terminal hairs from:</source>
        <translation>Cheveux &amp;terminaux à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Responder: density gain of at least:</source>
        <translation>&amp;Répondeur&#xa0;: gain de densité d&apos;au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;device:</source>
        <translation>A&amp;ppareil par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default needle l&amp;ength:</source>
        <translation>Longu&amp;eur d&apos;aiguilles par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>&amp;Verrouillage après inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>Vellus threshold</source>
        <translation>Seuil du duvet</translation>
    </message>
    <message>
        <source>at most the terminal threshold</source>
        <translation>au plus le seuil des cheveux terminaux</translation>
    </message>
    <message>
        <source>Vellus threshold: %1 µm is above the terminal threshold (%2 µm).</source>
        <translation>Seuil du duvet&#xa0;: %1 µm est supérieur au seuil des cheveux terminaux (%2 µm).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>On closing, a checked copy of the database goes into the backup folder; the newest copies are kept.</source>
        <translation>À la fermeture, une copie vérifiée de la base de données est placée dans le dossier de sauvegarde&#xa0;; les copies les plus récentes sont conservées.</translation>
    </message>
    <message>
        <source>a &quot;backups&quot; folder beside the database</source>
        <translation>un dossier «&#xa0;backups&#xa0;» à côté de la base de données</translation>
    </message>
    <message>
        <source>Automatic &amp;backups on exit:</source>
        <translation>Sauve&amp;gardes automatiques à la fermeture&#xa0;:</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Dossier de &amp;sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Takes effect the next time Tricholog starts.</source>
        <translation>Prend effet au prochain démarrage de Tricholog.</translation>
    </message>
    <message>
        <source>Lan&amp;guage (at next start):</source>
        <translation>Lan&amp;gue (au prochain démarrage) :</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>aucun minimum</translation>
    </message>
    <message>
        <source>Before this follow-up a site reads &quot;too early to judge&quot;; 12 weeks is the usual first end point of microneedling trials.</source>
        <translation>Avant cette durée de suivi, un site affiche «&#xa0;trop tôt pour conclure&#xa0;»&#xa0;; 12 semaines correspondent au premier critère d&apos;évaluation habituel des essais de microneedling.</translation>
    </message>
    <message>
        <source>Minimum &amp;follow-up for a verdict:</source>
        <translation>Suivi mi&amp;nimal avant un verdict&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Control sites (no verdict):</source>
        <translation>Sites té&amp;moins (sans verdict)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. HC-{year}-{n:05}; empty: none</source>
        <translation>p. ex. HC-{year}-{n:05}&#xa0;; vide&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Proposes the next record number for a new patient: {year} is the year, {n} a running number, {n:05} one of 5 digits.</source>
        <translation>Propose le prochain numéro de dossier d&apos;un nouveau patient&#xa0;: {year} est l&apos;année, {n} un numéro séquentiel, {n:05} un numéro de 5 chiffres.</translation>
    </message>
    <message>
        <source>&amp;MRN pattern:</source>
        <translation>Modèle de &amp;MRN&#xa0;:</translation>
    </message>
    <message>
        <source>MRN pattern</source>
        <translation>Modèle de MRN</translation>
    </message>
    <message>
        <source>one {n} or {n:05}</source>
        <translation>un {n} ou {n:05}</translation>
    </message>
    <message>
        <source>MRN pattern: it needs exactly one running number, {n} or {n:05}.</source>
        <translation>Modèle de MRN&#xa0;: il faut exactement un numéro séquentiel, {n} ou {n:05}.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>A session recorded this many days before or after a planned one counts as that planned session (adherence, recall).</source>
        <translation>Une séance notée autant de jours avant ou après une séance prévue compte comme cette séance prévue (observance, rappel).</translation>
    </message>
    <message>
        <source>Measurements taken this many days before or after a planned measurement visit count as that visit.</source>
        <translation>Des mesures prises autant de jours avant ou après une visite de mesure prévue comptent comme cette visite.</translation>
    </message>
    <message>
        <source>Planned &amp;session kept within:</source>
        <translation>&amp;Séance prévue tenue à :</translation>
    </message>
    <message>
        <source>Planned measurement visit &amp;kept within:</source>
        <translation>Visite de mesure prévue tenue &amp;à :</translation>
    </message>
</context>
<context>
    <name>tricholog::SignInDialog</name>
    <message>
        <source>Sign in to Tricholog</source>
        <translation>Connexion à Tricholog</translation>
    </message>
    <message>
        <source>Sign in to open %1.</source>
        <translation>Connectez-vous pour ouvrir %1.</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Créer l’administrateur</translation>
    </message>
    <message>
        <source>Tricholog is locked</source>
        <translation>Tricholog est verrouillé</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit Tricholog</source>
        <translation>Quitter Tricholog</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create its administrator, who then adds the clinicians and assistants (Account &gt; Users).</source>
        <translation>Cette base n’a pas encore de compte. Créez son administrateur, qui ajoutera ensuite les praticiens et les assistants (Compte &gt; Utilisateurs).</translation>
    </message>
    <message>
        <source>Demo database, fictitious patients. Accounts (user / password):
%1 / %2 (administrator)
%3 / %4 (clinician)
%5 / %6 (assistant)</source>
        <translation>Base de démonstration, patients fictifs. Comptes (utilisateur / mot de passe) :
%1 / %2 (administrateur)
%3 / %4 (praticien)
%5 / %6 (assistant)</translation>
    </message>
    <message>
        <source>Locked by %1 at %2. Enter the password of %1 to go on, or sign in as someone else.</source>
        <translation>Verrouillé par %1 à %2. Saisissez le mot de passe de %1 pour continuer, ou connectez-vous sous un autre compte.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use. Enter the password of %1 to go on, or sign in as someone else.</source>
        <translation>
            <numerusform>Verrouillé après %n minute d’inactivité. Saisissez le mot de passe de %1 pour continuer, ou connectez-vous sous un autre compte.</numerusform>
            <numerusform>Verrouillé après %n minutes d’inactivité. Saisissez le mot de passe de %1 pour continuer, ou connectez-vous sous un autre compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Se connecter sous un &amp;autre compte</translation>
    </message>
    <message>
        <source>Sign in with your own account. The locked session of %1 ends; its typed notes were saved when it locked.</source>
        <translation>Connectez-vous avec votre propre compte. La session verrouillée de %1 prend fin&#xa0;; les notes saisies ont été enregistrées au moment du verrouillage.</translation>
    </message>
</context>
<context>
    <name>tricholog::SiteProgressModel</name>
    <message>
        <source>single visit</source>
        <translation>visite unique</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur initiale</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (témoin)</translation>
    </message>
</context>
<context>
    <name>tricholog::TemplatesDialog</name>
    <message>
        <source>Protocol templates</source>
        <translation>Modèles de protocole</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Only clinicians and administrators change protocol templates.</source>
        <translation>Seuls les cliniciens et les administrateurs modifient les modèles de protocole.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;? The plans made from it keep their own copy.</source>
        <translation>Supprimer le modèle « %1 » ? Les plans faits à partir de lui gardent leur propre copie.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>New te&amp;mplate</source>
        <translation>Nouveau &amp;modèle</translation>
    </message>
    <message>
        <source>The new template has changes that are not saved. Save them?</source>
        <translation>Le nouveau modèle a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>Le modèle « %1 » a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>tricholog::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Verrouillé jusqu’à</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Deactivate / activate</source>
        <translation>&amp;Désactiver / activer</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Password (at least %1 characters):</source>
        <translation>Mot de passe (au moins %1 caractères) :</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>New password (at least %1 characters):</source>
        <translation>Nouveau mot de passe (au moins %1 caractères) :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
</TS>
