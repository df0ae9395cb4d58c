"""Word lists and phrase templates for the generated legislative documents.

Noun phrases always carry their article ("le", "la", "l'", "les", "un", "une",
"des") so that `{de:X}` and `{a:X}` placeholders can contract them ("du", "aux").
Clauses start in lower case; the generator capitalises sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- People and institutions ----------------------------------------------------------------

MALE_FIRST_NAMES = (
    "Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Christophe", "Patrick",
    "Stéphane", "Laurent", "Frédéric", "Éric", "Olivier", "Sébastien", "Julien", "Thomas",
    "Antoine", "Mathieu", "Guillaume", "Hervé", "Jérôme", "François", "Benoît", "Cédric",
    "Arnaud", "Yannick", "Loïc", "Gaël", "Rémi", "Hugo", "Damien", "Bruno", "Xavier",
    "Raphaël", "Étienne", "Vincent", "Marc", "Emmanuel", "Aurélien", "Jérémie",
)  # fmt: skip
FEMALE_FIRST_NAMES = (
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Christine", "Valérie",
    "Sandrine", "Sophie", "Céline", "Aurélie", "Émilie", "Julie", "Caroline", "Claire",
    "Anne", "Hélène", "Agnès", "Élodie", "Mathilde", "Clémence", "Léa", "Manon", "Chloé",
    "Cécile", "Béatrice", "Danièle", "Géraldine", "Maud", "Élise", "Laure", "Pascale",
    "Véronique", "Stéphanie", "Delphine", "Virginie", "Annie", "Mélanie", "Ségolène", "Inès",
)  # fmt: skip
SURNAMES = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont",
    "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau",
    "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu",
    "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson",
    "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier",
    "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Pérez", "Marchand",
    "Dufour", "Blanchard", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin",
    "Fernandez", "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc",
    "Vidal", "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard", "Lacroix", "Fabre",
    "Dupuis", "Olivier", "Hubert", "Rivière", "Le Gall", "Guillaume", "Moulin", "Berger",
    "Lecomte", "Ménard", "Fleury", "Deschamps", "Carpentier", "Benoît", "Maillard",
    "Marchal", "Aubry", "Vasseur", "Le Roux", "Renault", "Jacquet", "Collet", "Prévost",
    "Poirier", "Charpentier", "Royer", "Huet", "Baron", "Dupuy", "Pons", "Carré", "Breton",
    "Rémy", "Schneider", "Perrot", "Guyot", "Barré", "Marty", "Cousin", "Kerjean", "Le Bihan",
)  # fmt: skip

DEPARTEMENTS = (
    "Ain", "Aisne", "Allier", "Alpes-Maritimes", "Ardèche", "Ariège", "Aube", "Aude",
    "Bouches-du-Rhône", "Calvados", "Charente-Maritime", "Corrèze", "Côte-d'Or",
    "Côtes-d'Armor", "Dordogne", "Doubs", "Drôme", "Essonne", "Eure", "Finistère", "Gard",
    "Haute-Garonne", "Gironde", "Hérault", "Ille-et-Vilaine", "Isère", "Jura", "Landes",
    "Loire-Atlantique", "Loiret", "Maine-et-Loire", "Manche", "Marne", "Meurthe-et-Moselle",
    "Morbihan", "Moselle", "Nord", "Oise", "Pas-de-Calais", "Puy-de-Dôme",
    "Pyrénées-Atlantiques", "Bas-Rhin", "Haut-Rhin", "Rhône", "Sarthe", "Savoie",
    "Haute-Savoie", "Paris", "Seine-Maritime", "Seine-et-Marne", "Yvelines", "Somme", "Tarn",
    "Var", "Vaucluse", "Vendée", "Haute-Vienne", "Hauts-de-Seine", "Seine-Saint-Denis",
    "Val-de-Marne", "Val-d'Oise", "Guadeloupe", "Martinique", "La Réunion", "Guyane",
)  # fmt: skip

# Abbreviation -> full name of the Assemblée's groups in the seventeenth legislature.
GROUPS = {
    "EPR": "Ensemble pour la République",
    "RN": "Rassemblement National",
    "LFI-NFP": "La France insoumise - Nouveau Front Populaire",
    "SOC": "Socialistes et apparentés",
    "DR": "Droite Républicaine",
    "EcoS": "Écologiste et Social",
    "Dem": "Les Démocrates",
    "HOR": "Horizons & Indépendants",
    "LIOT": "Libertés, Indépendants, Outre-mer et Territoires",
    "GDR": "Gauche Démocrate et Républicaine",
    "UDR": "Union des droites pour la République",
}
# Groups whose amendments tend to restrict surveillance; the others tend to support the text.
CRITICAL_GROUPS = frozenset({"LFI-NFP", "SOC", "EcoS", "GDR", "LIOT"})


@dataclass(frozen=True)
class Ministry:
    """`label` is the short name of question headers; `office` may hold `{e}` for the feminine."""

    label: str
    office: str


MINISTRIES = {
    "interieur": Ministry("Intérieur", "ministre de l'intérieur"),
    "justice": Ministry("Justice", "garde des sceaux, ministre de la justice"),
    "numerique": Ministry(
        "Intelligence artificielle et numérique",
        "ministre délégué{e} chargé{e} de l'intelligence artificielle et du numérique",
    ),
    "sports": Ministry(
        "Sports, jeunesse et vie associative",
        "ministre des sports, de la jeunesse et de la vie associative",
    ),
    "economie": Ministry(
        "Économie, finances et souveraineté industrielle et numérique",
        "ministre de l'économie, des finances et de la souveraineté industrielle et numérique",
    ),
    "comptes": Ministry("Comptes publics", "ministre chargé{e} des comptes publics"),
    "territoires": Ministry(
        "Aménagement du territoire et décentralisation",
        "ministre de l'aménagement du territoire et de la décentralisation",
    ),
    "transports": Ministry("Transports", "ministre chargé{e} des transports"),
    "europe": Ministry(
        "Europe et affaires étrangères", "ministre de l'Europe et des affaires étrangères"
    ),
    "action_publique": Ministry(
        "Action publique, fonction publique et simplification",
        "ministre de l'action publique, de la fonction publique et de la simplification",
    ),
}

COMMITTEES = (
    "la commission des lois constitutionnelles, de la législation et de l'administration"
    " générale de la République",
    "la commission des finances, de l'économie générale et du contrôle budgétaire",
    "la commission des affaires culturelles et de l'éducation",
    "la commission du développement durable et de l'aménagement du territoire",
)

# --- Topics ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Topic:
    """The subject of a document: its own vocabulary, mixed with the generic one."""

    slug: str  # ASCII, used in file names
    bill_title: str  # after "PROJET DE LOI"
    proposal_title: str  # after "PROPOSITION DE LOI"
    heading: str  # "Tête d'analyse" of written questions
    rubrique: str
    ministries: tuple[str, ...]  # keys of MINISTRIES, the first one carries the bill
    committee: int  # index in COMMITTEES
    authorities: tuple[str, ...]  # singular subjects that can act
    plural_authorities: tuple[str, ...]
    objects: tuple[str, ...]  # noun phrases with their article
    terms: tuple[str, ...]  # bare phrases quoted in amending provisions
    verbs: tuple[tuple[str, str, str], ...]  # infinitive, 3rd singular, 3rd plural; `{O}` object
    purposes: tuple[str, ...]  # infinitive phrases ("afin de ...")
    claims: tuple[str, ...]  # whole clauses, in lower case
    # French provisions a law may amend, at least one of them in a code:
    # "l'article L. 251-2 du code de la sécurité intérieure".
    references: tuple[str, ...]
    laws: tuple[str, ...]
    chapters: tuple[str, ...]  # chapter and title headings
    provisions: tuple[str, ...]  # normative sentences proper to the topic


def _refs(code: str, *numbers: str) -> tuple[str, ...]:
    return tuple(f"l'article {number} du {code}" for number in numbers)


CSI = "code de la sécurité intérieure"
CGCT = "code général des collectivités territoriales"

TOPICS = (
    Topic(
        slug="videoprotection",
        bill_title="relatif à la vidéoprotection et à la sécurité des espaces publics",
        proposal_title="visant à encadrer l'usage de la vidéosurveillance algorithmique",
        heading="Sécurité et police",
        rubrique="sécurité des biens et des personnes",
        ministries=("interieur", "justice", "territoires"),
        committee=0,
        authorities=(
            "le préfet de département",
            "le maire",
            "le centre de supervision urbain",
            "le responsable du système de vidéoprotection",
            "la commission départementale de vidéoprotection",
        ),
        plural_authorities=(
            "les agents des polices municipales",
            "les opérateurs de vidéoprotection",
            "les services de police et de gendarmerie nationales",
        ),
        objects=(
            "les systèmes de vidéoprotection",
            "la vidéosurveillance algorithmique",
            "les caméras installées sur la voie publique",
            "les images captées par les caméras",
            "les traitements algorithmiques des images",
            "les caméras embarquées sur des aéronefs sans personne à bord",
            "les centres de supervision urbains",
            "le visionnage en temps réel des images",
            "les événements prédéterminés signalés par les algorithmes",
            "l'installation de nouvelles caméras",
            "le déport des images vers les salles de commandement",
            "la vidéoverbalisation",
            "les logiciels d'analyse automatisée des flux vidéo",
            "la détection de comportements suspects",
        ),
        terms=(
            "vidéoprotection",
            "vidéosurveillance algorithmique",
            "traitements algorithmiques",
            "images captées",
            "caméras individuelles",
            "trente jours",
            "à titre expérimental",
            "en temps réel",
            "lieux ouverts au public",
            "voie publique",
        ),
        verbs=(
            ("visionner {O}", "visionne {O}", "visionnent {O}"),
            ("déployer {O}", "déploie {O}", "déploient {O}"),
            ("exploiter {O}", "exploite {O}", "exploitent {O}"),
            ("conserver {O}", "conserve {O}", "conservent {O}"),
        ),
        purposes=(
            "prévenir les atteintes à la sécurité des personnes et des biens",
            "sécuriser les lieux exposés à des risques d'agression ou de vol",
            "faciliter la constatation des infractions sur la voie publique",
            "éviter une surveillance généralisée de l'espace public",
            "garantir que les images ne sont pas détournées de leur finalité",
        ),
        claims=(
            "aucune corrélation globale n'a été relevée entre l'existence de dispositifs de"
            " vidéoprotection et le niveau de la délinquance",
            "plus de deux cents communes utilisent déjà des logiciels d'analyse automatisée des"
            " images",
            "la notion de comportement suspect n'est définie par aucun texte",
            "le nombre de caméras installées sur la voie publique a doublé en dix ans",
            "la vidéosurveillance algorithmique change la nature même des dispositifs de"
            " vidéoprotection",
            "les images ne peuvent être visionnées que par des agents individuellement désignés",
        ),
        references=_refs(
            CSI, "L. 251-1", "L. 251-2", "L. 251-3", "L. 252-1", "L. 252-5", "L. 255-1"
        )
        + _refs(CGCT, "L. 2212-2", "L. 132-14"),
        laws=(
            "la loi n° 2021-646 du 25 mai 2021 pour une sécurité globale préservant les libertés",
            "la loi n° 95-73 du 21 janvier 1995 d'orientation et de programmation relative à la"
            " sécurité",
        ),
        chapters=(
            "Dispositions relatives à la vidéoprotection",
            "Encadrement des traitements algorithmiques",
            "Contrôle des systèmes de vidéoprotection",
            "Information du public",
        ),
        provisions=(
            "Les images enregistrées sont détruites dans un délai maximum de trente jours, hors"
            " le cas d'une enquête de flagrant délit, d'une enquête préliminaire ou d'une"
            " information judiciaire.",
            "Le public est informé de manière claire et permanente de l'existence du système de"
            " vidéoprotection et de l'autorité ou de la personne responsable.",
            "Les traitements algorithmiques ne procèdent à aucun rapprochement, aucune"
            " interconnexion ni aucune mise en relation automatisée avec d'autres traitements de"
            " données à caractère personnel.",
        ),
    ),
    Topic(
        slug="reconnaissance-faciale",
        bill_title="relatif à l'encadrement des technologies de reconnaissance faciale",
        proposal_title="visant à interdire la reconnaissance faciale dans l'espace public",
        heading="Libertés publiques",
        rubrique="droits fondamentaux",
        ministries=("interieur", "justice", "numerique"),
        committee=0,
        authorities=(
            "le juge des libertés et de la détention",
            "le procureur de la République",
            "l'officier de police judiciaire",
            "le service enquêteur",
        ),
        plural_authorities=(
            "les enquêteurs spécialement habilités",
            "les services de renseignement",
            "les gestionnaires des traitements biométriques",
        ),
        objects=(
            "les dispositifs de reconnaissance faciale",
            "les données biométriques",
            "l'identification biométrique à distance en temps réel",
            "les gabarits biométriques",
            "le traitement d'antécédents judiciaires",
            "la comparaison faciale a posteriori",
            "les bases d'images de visages",
            "les systèmes d'authentification biométrique",
            "la reconnaissance faciale dans l'espace public",
            "les photographies issues des fichiers de police",
        ),
        terms=(
            "reconnaissance faciale",
            "données biométriques",
            "identification à distance",
            "en temps réel",
            "a posteriori",
            "gabarit biométrique",
            "espace public",
        ),
        verbs=(
            ("identifier {O}", "identifie {O}", "identifient {O}"),
            ("comparer {O}", "compare {O}", "comparent {O}"),
            ("interdire {O}", "interdit {O}", "interdisent {O}"),
        ),
        purposes=(
            "interdire toute identification biométrique à distance dans l'espace public",
            "rechercher les auteurs des crimes les plus graves",
            "prévenir tout fichage généralisé de la population",
            "garantir l'intervention préalable d'un magistrat",
        ),
        claims=(
            "la reconnaissance faciale permet d'identifier une personne à son insu",
            "les algorithmes de reconnaissance faciale présentent des biais documentés",
            "le traitement d'antécédents judiciaires contient plusieurs millions de photographies",
            "la reconnaissance faciale en temps réel demeure interdite en droit français",
            "les données biométriques sont des données sensibles au sens du droit de l'Union",
        ),
        references=_refs("code de procédure pénale", "230-6", "230-7", "230-8", "706-56")
        + _refs(CSI, "L. 251-2", "L. 252-1"),
        laws=(
            "le règlement (UE) 2024/1689 du Parlement européen et du Conseil du 13 juin 2024"
            " établissant des règles harmonisées concernant l'intelligence artificielle",
            "la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux"
            " libertés",
        ),
        chapters=(
            "Interdiction de la reconnaissance faciale en temps réel",
            "Encadrement de la comparaison faciale a posteriori",
            "Protection des données biométriques",
        ),
        provisions=(
            "Aucun traitement ne peut mettre en œuvre de système d'identification biométrique à"
            " distance en temps réel dans l'espace public.",
            "Le recours à la comparaison faciale est subordonné à l'autorisation préalable du"
            " procureur de la République ou du juge d'instruction.",
        ),
    ),
    Topic(
        slug="donnees-personnelles",
        bill_title="relatif à la protection des données personnelles",
        proposal_title="visant à renforcer les droits des personnes sur leurs données",
        heading="Données personnelles",
        rubrique="numérique",
        ministries=("numerique", "justice", "economie"),
        committee=0,
        authorities=(
            "le responsable de traitement",
            "le délégué à la protection des données",
            "le sous-traitant",
            "la formation restreinte de la CNIL",
        ),
        plural_authorities=(
            "les responsables de traitement",
            "les sous-traitants",
            "les autorités de contrôle européennes",
        ),
        objects=(
            "les données à caractère personnel",
            "le droit d'accès des personnes concernées",
            "les traitements de données à caractère personnel",
            "l'analyse d'impact relative à la protection des données",
            "la notification des violations de données",
            "le registre des activités de traitement",
            "les transferts de données vers des pays tiers",
            "le consentement des personnes concernées",
            "les sanctions administratives prononcées par la CNIL",
            "les durées de conservation des données",
        ),
        terms=(
            "données à caractère personnel",
            "responsable de traitement",
            "personnes concernées",
            "consentement",
            "sous-traitant",
            "deux ans",
        ),
        verbs=(
            ("collecter {O}", "collecte {O}", "collectent {O}"),
            ("transmettre {O}", "transmet {O}", "transmettent {O}"),
            ("conserver {O}", "conserve {O}", "conservent {O}"),
            ("documenter {O}", "documente {O}", "documentent {O}"),
        ),
        purposes=(
            "mettre le droit national en conformité avec le règlement général sur la protection"
            " des données",
            "renforcer les droits des personnes concernées",
            "limiter la collecte aux seules données strictement nécessaires",
            "donner à la CNIL les moyens d'exercer ses missions",
        ),
        claims=(
            "le nombre de plaintes adressées à la CNIL a augmenté de plus de trente pour cent",
            "les violations de données touchent désormais les collectivités comme les hôpitaux",
            "le règlement général sur la protection des données laisse aux États membres des"
            " marges de manœuvre",
            "les petites entreprises peinent à tenir leur registre des activités de traitement",
        ),
        references=(
            "l'article 6 de la loi n° 78-17 du 6 janvier 1978",
            "l'article 31 de la loi n° 78-17 du 6 janvier 1978",
            "l'article 8 de la loi n° 78-17 du 6 janvier 1978",
            *_refs("code des postes et des communications électroniques", "L. 34-1", "L. 34-5"),
        ),
        laws=(
            "le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016",
            "la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux"
            " libertés",
            "la loi n° 2018-493 du 20 juin 2018 relative à la protection des données personnelles",
        ),
        chapters=(
            "Droits des personnes concernées",
            "Obligations des responsables de traitement",
            "Pouvoirs de la Commission nationale de l'informatique et des libertés",
        ),
        provisions=(
            "Les données à caractère personnel ne peuvent être conservées au-delà de la durée"
            " strictement nécessaire aux finalités pour lesquelles elles sont traitées.",
            "Toute personne peut introduire une réclamation auprès de la Commission nationale de"
            " l'informatique et des libertés.",
        ),
    ),
    Topic(
        slug="jeux-olympiques",
        bill_title="relatif aux jeux Olympiques et Paralympiques de 2024",
        proposal_title="visant à tirer les enseignements de la sécurité des Jeux de Paris 2024",
        heading="Jeux Olympiques et Paralympiques",
        rubrique="sports",
        ministries=("sports", "interieur"),
        committee=2,
        authorities=(
            "le comité d'organisation des jeux Olympiques et Paralympiques",
            "le préfet de police",
            "l'organisateur de la manifestation",
            "le délégué interministériel aux jeux Olympiques et Paralympiques",
        ),
        plural_authorities=(
            "les organisateurs de manifestations sportives",
            "les agents de sécurité privée",
            "les fédérations sportives délégataires",
        ),
        objects=(
            "les sites de compétition",
            "les manifestations sportives, récréatives ou culturelles",
            "les périmètres de protection",
            "les enquêtes administratives préalables",
            "l'accueil des spectateurs",
            "les zones de célébration",
            "les scanners corporels à l'entrée des enceintes sportives",
            "la billetterie nominative",
            "la sécurité des cérémonies d'ouverture",
            "les villages olympiques",
        ),
        terms=(
            "jeux Olympiques et Paralympiques",
            "manifestations sportives",
            "enceintes sportives",
            "périmètre de protection",
            "31 mars 2025",
            "spectateurs",
        ),
        verbs=(
            ("sécuriser {O}", "sécurise {O}", "sécurisent {O}"),
            ("organiser {O}", "organise {O}", "organisent {O}"),
            ("accréditer {O}", "accrédite {O}", "accréditent {O}"),
        ),
        purposes=(
            "assurer la sécurité des jeux Olympiques et Paralympiques",
            "accueillir dans de bonnes conditions plusieurs millions de spectateurs",
            "faciliter l'accès aux sites de compétition",
            "lutter contre la revente illicite de billets",
        ),
        claims=(
            "plus de treize millions de spectateurs étaient attendus",
            "les Jeux ont mobilisé chaque jour plus de quarante mille policiers et gendarmes",
            "le comité d'évaluation n'a pas conclu à l'efficacité de l'expérimentation",
            "l'expérimentation devait s'achever le 31 mars 2025",
            "la sécurité des Jeux a reposé d'abord sur la présence humaine",
        ),
        references=_refs("code du sport", "L. 332-1", "L. 332-16", "L. 333-1")
        + _refs(CSI, "L. 211-11-1", "L. 613-3"),
        laws=(
            "la loi n° 2023-380 du 19 mai 2023 relative aux jeux Olympiques et Paralympiques de"
            " 2024 et portant diverses autres dispositions",
            "la loi n° 2018-202 du 26 mars 2018 relative à l'organisation des jeux Olympiques et"
            " Paralympiques de 2024",
        ),
        chapters=(
            "Dispositions relatives à la sécurité des Jeux",
            "Dispositions relatives aux manifestations sportives",
            "Dispositions relatives à la lutte contre le dopage",
        ),
        provisions=(
            "À titre expérimental et jusqu'au 31 mars 2025, les images collectées au moyen de"
            " systèmes de vidéoprotection dans les lieux accueillant des manifestations"
            " sportives, récréatives ou culturelles peuvent faire l'objet de traitements"
            " algorithmiques.",
            "Les personnes physiques et morales accréditées pour les Jeux font l'objet d'une"
            " enquête administrative préalable.",
        ),
    ),
    Topic(
        slug="collectivites-territoriales",
        bill_title="relatif à la différenciation et à la simplification de l'action locale",
        proposal_title="visant à renforcer les pouvoirs de police du maire",
        heading="Police municipale",
        rubrique="collectivités territoriales",
        ministries=("territoires", "interieur", "action_publique"),
        committee=0,
        authorities=(
            "le maire",
            "le président de l'établissement public de coopération intercommunale",
            "le conseil municipal",
            "le président du conseil départemental",
            "le conseil régional",
        ),
        plural_authorities=(
            "les communes",
            "les établissements publics de coopération intercommunale",
            "les départements",
            "les régions",
        ),
        objects=(
            "les polices municipales",
            "la dotation globale de fonctionnement",
            "les compétences des intercommunalités",
            "le pouvoir de police administrative générale du maire",
            "les conventions de coordination entre la police municipale et les forces de"
            " sécurité de l'État",
            "la mutualisation des agents de police municipale",
            "le conseil local de sécurité et de prévention de la délinquance",
            "les finances locales",
            "la dotation de soutien à l'investissement local",
            "les contrats de sécurité intégrée",
        ),
        terms=(
            "police municipale",
            "collectivités territoriales",
            "maire",
            "établissement public de coopération intercommunale",
            "conseil municipal",
        ),
        verbs=(
            ("mutualiser {O}", "mutualise {O}", "mutualisent {O}"),
            ("transférer {O}", "transfère {O}", "transfèrent {O}"),
            ("délibérer sur {O}", "délibère sur {O}", "délibèrent sur {O}"),
        ),
        purposes=(
            "simplifier les démarches des collectivités territoriales",
            "renforcer les moyens d'action des maires",
            "adapter les règles aux spécificités de chaque territoire",
            "préserver l'autonomie financière des collectivités",
        ),
        claims=(
            "les communes rurales ne disposent souvent que d'un seul agent de police municipale",
            "les dépenses de sécurité pèsent de plus en plus lourdement sur les budgets communaux",
            "plus de quatre mille communes ont créé une police municipale",
            "les maires demandent depuis longtemps une clarification de leurs compétences",
        ),
        references=_refs(CGCT, "L. 2212-1", "L. 2212-2", "L. 2213-1", "L. 5211-9-2", "L. 2334-1")
        + _refs(CSI, "L. 511-1", "L. 512-2", "L. 512-4"),
        laws=(
            "la loi n° 2022-217 du 21 février 2022 relative à la différenciation, la"
            " décentralisation, la déconcentration et portant diverses mesures de simplification"
            " de l'action publique locale",
        ),
        chapters=(
            "Dispositions relatives aux polices municipales",
            "Simplification de l'action publique locale",
            "Dispositions financières",
        ),
        provisions=(
            "Les agents de police municipale exécutent, dans la limite de leurs attributions et"
            " sous son autorité, les tâches relevant de la compétence du maire.",
            "Une convention de coordination est conclue entre le maire et le représentant de"
            " l'État dans le département.",
        ),
    ),
    Topic(
        slug="finances-publiques",
        bill_title="de finances rectificative pour 2025",
        proposal_title="visant à améliorer le contrôle parlementaire des crédits de sécurité",
        heading="Crédits budgétaires",
        rubrique="lois de finances",
        ministries=("comptes", "economie", "interieur"),
        committee=1,
        authorities=(
            "le ministre chargé du budget",
            "le responsable de programme",
            "le contrôleur budgétaire et comptable ministériel",
        ),
        plural_authorities=(
            "les commissions chargées des finances",
            "les rapporteurs spéciaux",
            "les ministères",
        ),
        objects=(
            "les autorisations d'engagement",
            "les crédits de paiement",
            "les crédits de la mission « Sécurités »",
            "le programme 176 « Police nationale »",
            "le programme 216 « Conduite et pilotage des politiques de l'intérieur »",
            "le fonds interministériel de prévention de la délinquance",
            "le solde budgétaire",
            "les dépenses d'investissement",
            "le plafond des autorisations d'emplois",
            "les marchés publics de vidéoprotection",
        ),
        terms=(
            "autorisations d'engagement",
            "crédits de paiement",
            "mission « Sécurités »",
            "8 000 000 euros",
            "état B",
        ),
        verbs=(
            ("ouvrir {O}", "ouvre {O}", "ouvrent {O}"),
            ("annuler {O}", "annule {O}", "annulent {O}"),
            ("majorer {O}", "majore {O}", "majorent {O}"),
            ("minorer {O}", "minore {O}", "minorent {O}"),
        ),
        purposes=(
            "respecter la trajectoire de redressement des finances publiques",
            "financer les priorités du ministère de l'intérieur",
            "améliorer l'information du Parlement sur l'exécution des crédits",
            "redéployer des crédits vers la police judiciaire",
        ),
        claims=(
            "le déficit public a atteint 5,8 % du produit intérieur brut",
            "les crédits de la mission « Sécurités » progressent de 3 % à périmètre constant",
            "le coût des marchés de vidéosurveillance algorithmique s'élève à 8 millions d'euros",
            "la police judiciaire perd plus de cinq mille équivalents temps plein travaillé",
        ),
        references=_refs("code général des impôts", "1600", "1647", "1641")
        + _refs(CGCT, "L. 2334-7", "L. 3334-3"),
        laws=(
            "la loi organique n° 2001-692 du 1er août 2001 relative aux lois de finances",
            "la loi n° 2025-127 du 14 février 2025 de finances pour 2025",
        ),
        chapters=(
            "Dispositions relatives à l'équilibre des ressources et des charges",
            "Autorisations budgétaires",
            "Dispositions permanentes",
        ),
        provisions=(
            "Il est ouvert aux ministres, pour 2025, au titre du budget général, des"
            " autorisations d'engagement et des crédits de paiement supplémentaires,"
            " conformément à la répartition par mission donnée à l'état B annexé à la présente"
            " loi.",
            "Sont annulés, au titre du budget général, des autorisations d'engagement et des"
            " crédits de paiement, conformément à la répartition par mission donnée à l'état B'"
            " annexé à la présente loi.",
        ),
    ),
    Topic(
        slug="intelligence-artificielle",
        bill_title="relatif à l'usage de l'intelligence artificielle par les administrations",
        proposal_title="visant à garantir la transparence des algorithmes publics",
        heading="Intelligence artificielle",
        rubrique="numérique",
        ministries=("numerique", "europe", "economie"),
        committee=0,
        authorities=(
            "le fournisseur du système d'intelligence artificielle",
            "le déployeur",
            "l'autorité de surveillance du marché",
            "le comité d'éthique",
        ),
        plural_authorities=(
            "les administrations",
            "les fournisseurs de systèmes d'intelligence artificielle",
            "les organismes notifiés",
        ),
        objects=(
            "les systèmes d'intelligence artificielle à haut risque",
            "les données d'apprentissage",
            "les algorithmes publics",
            "la documentation technique des systèmes",
            "le contrôle humain des décisions automatisées",
            "les biais des modèles",
            "l'intelligence artificielle sécuritaire",
            "les pratiques d'intelligence artificielle interdites",
        ),
        terms=(
            "intelligence artificielle",
            "haut risque",
            "données d'apprentissage",
            "décision administrative individuelle",
            "algorithme",
        ),
        verbs=(
            ("certifier {O}", "certifie {O}", "certifient {O}"),
            ("auditer {O}", "audite {O}", "auditent {O}"),
            ("documenter {O}", "documente {O}", "documentent {O}"),
        ),
        purposes=(
            "garantir la transparence des algorithmes publics",
            "mettre en œuvre le règlement européen sur l'intelligence artificielle",
            "assurer un contrôle humain effectif sur les décisions automatisées",
            "soutenir l'innovation sans sacrifier les droits fondamentaux",
        ),
        claims=(
            "le règlement européen classe l'identification biométrique parmi les usages à haut"
            " risque",
            "les administrations recourent de plus en plus à des algorithmes d'aide à la décision",
            "les données d'apprentissage reproduisent les discriminations existantes",
            "la France a défendu des exemptions au nom de la sécurité nationale",
        ),
        references=(
            "l'article 47 de la loi n° 78-17 du 6 janvier 1978",
            *_refs("code des relations entre le public et l'administration", "L. 311-3-1"),
        ),
        laws=(
            "le règlement (UE) 2024/1689 du Parlement européen et du Conseil du 13 juin 2024"
            " établissant des règles harmonisées concernant l'intelligence artificielle",
            "la loi n° 2016-1321 du 7 octobre 2016 pour une République numérique",
        ),
        chapters=(
            "Transparence des algorithmes publics",
            "Systèmes d'intelligence artificielle à haut risque",
            "Autorités de surveillance",
        ),
        provisions=(
            "Une décision individuelle prise sur le fondement d'un traitement algorithmique"
            " comporte une mention explicite en informant l'intéressé.",
            "Les règles définissant ce traitement ainsi que les principales caractéristiques de"
            " sa mise en œuvre sont communiquées par l'administration à l'intéressé s'il en fait"
            " la demande.",
        ),
    ),
    Topic(
        slug="surete-transports",
        bill_title="relatif au renforcement de la sûreté dans les transports",
        proposal_title="visant à renforcer la sécurité des agents dans les transports publics",
        heading="Sûreté des transports",
        rubrique="transports ferroviaires",
        ministries=("transports", "interieur"),
        committee=3,
        authorities=(
            "l'exploitant du service de transport",
            "le service interne de sécurité de la SNCF",
            "le groupe de protection et de sécurité des réseaux de la RATP",
            "l'autorité organisatrice de la mobilité",
        ),
        plural_authorities=(
            "les agents des services internes de sécurité",
            "les opérateurs de transport",
            "les contrôleurs",
        ),
        objects=(
            "les caméras-piétons",
            "les palpations de sécurité",
            "les gares et les stations",
            "les véhicules de transport public de personnes",
            "les bagages abandonnés",
            "la sûreté des voyageurs",
            "les interdictions de paraître dans les transports",
            "les enregistrements audiovisuels",
        ),
        terms=(
            "caméras-piétons",
            "services internes de sécurité",
            "transport public de personnes",
            "gares",
            "voyageurs",
        ),
        verbs=(
            ("inspecter {O}", "inspecte {O}", "inspectent {O}"),
            ("équiper {O}", "équipe {O}", "équipent {O}"),
            ("enregistrer {O}", "enregistre {O}", "enregistrent {O}"),
        ),
        purposes=(
            "protéger les voyageurs et les agents",
            "lutter contre les violences dans les transports",
            "permettre l'intervention rapide des agents de sûreté",
            "faciliter le dépôt de plainte des victimes",
        ),
        claims=(
            "les atteintes aux agents de contrôle ont progressé de 12 % en deux ans",
            "le Conseil constitutionnel a censuré le 24 avril 2025 la prolongation de"
            " l'expérimentation",
            "les caméras-piétons équipent déjà la plupart des agents de sûreté",
            "les voyageurs se disent moins en sécurité dans les transports le soir",
        ),
        references=_refs(
            "code des transports", "L. 2251-1", "L. 2251-4-1", "L. 2241-1", "L. 1632-2"
        )
        + _refs(CSI, "L. 613-2"),
        laws=(
            "la loi n° 2016-339 du 22 mars 2016 relative à la prévention et à la lutte contre les"
            " incivilités, contre les atteintes à la sécurité publique et contre les actes"
            " terroristes dans les transports collectifs de voyageurs",
        ),
        chapters=(
            "Renforcer les prérogatives des agents",
            "Sûreté des voyageurs",
            "Dispositions relatives aux enregistrements",
        ),
        provisions=(
            "Les agents des services internes de sécurité de la SNCF et de la RATP peuvent"
            " procéder à des palpations de sécurité dans les emprises immobilières nécessaires"
            " à l'exploitation du service.",
            "Les enregistrements réalisés au moyen de caméras individuelles ne peuvent être"
            " consultés qu'à l'issue de l'intervention.",
        ),
    ),
)

# Relative frequency of each topic in a corpus: surveillance dominates, so its words hit many
# pages while "dopage" or "billetterie" stay rare, as in a real review corpus.
TOPIC_WEIGHTS = (30, 14, 14, 12, 10, 8, 7, 5)

# --- Generic vocabulary ---------------------------------------------------------------------

AUTHORITIES = (
    "le Gouvernement",
    "le représentant de l'État dans le département",
    "le préfet de police",
    "l'autorité administrative compétente",
    "le ministre de l'intérieur",
    "la Commission nationale de l'informatique et des libertés",
    "la CNIL",
    "l'autorité judiciaire",
    "le Conseil d'État",
    "le comité d'évaluation",
    "l'État",
)
PLURAL_AUTHORITIES = (
    "les services de l'État",
    "les collectivités territoriales",
    "les agents spécialement habilités",
    "les services de police et de gendarmerie nationales",
    "les autorités compétentes",
    "les préfets",
)
INSTITUTIONS = (
    "la Cour des comptes",
    "la Commission nationale de l'informatique et des libertés",
    "la CNIL",
    "le Conseil d'État",
    "le Conseil constitutionnel",
    "la Défenseure des droits",
    "la Commission nationale consultative des droits de l'homme",
    "l'Inspection générale de l'administration",
    "la commission des lois de l'Assemblée nationale",
    "le Sénat",
    "le comité d'évaluation",
)
SOURCES = (
    "un rapport d'information de la commission des lois",
    "plusieurs associations de défense des libertés",
    "la presse",
    "un récent rapport de la Cour des comptes",
    "les élus locaux",
    "les organisations syndicales de policiers",
    "le rapport du comité d'évaluation",
)
OBJECTS = (
    "les mesures prises en application du présent article",
    "les dispositifs mentionnés au I",
    "l'expérimentation prévue au présent chapitre",
    "les garanties prévues par la loi",
    "les moyens consacrés à cette politique",
    "la liste des agents habilités",
    "les conditions d'application du présent titre",
)
VERBS = (
    ("autoriser {O}", "autorise {O}", "autorisent {O}"),
    ("encadrer {O}", "encadre {O}", "encadrent {O}"),
    ("contrôler {O}", "contrôle {O}", "contrôlent {O}"),
    ("évaluer {O}", "évalue {O}", "évaluent {O}"),
    ("suspendre {O}", "suspend {O}", "suspendent {O}"),
    ("mettre en œuvre {O}", "met en œuvre {O}", "mettent en œuvre {O}"),
    ("réexaminer chaque année {O}", "réexamine chaque année {O}", "réexaminent chaque année {O}"),
    ("définir les conditions d'emploi {de:O}", "définit les conditions d'emploi {de:O}",
     "définissent les conditions d'emploi {de:O}"),
    ("rendre compte de l'usage {de:O}", "rend compte de l'usage {de:O}",
     "rendent compte de l'usage {de:O}"),
    ("informer le public de l'emploi {de:O}", "informe le public de l'emploi {de:O}",
     "informent le public de l'emploi {de:O}"),
    ("veiller à la proportionnalité {de:O}", "veille à la proportionnalité {de:O}",
     "veillent à la proportionnalité {de:O}"),
    ("recenser {O}", "recense {O}", "recensent {O}"),
)  # fmt: skip
COMPLEMENTS = (
    "dans des conditions fixées par décret en Conseil d'État",
    "après avis de la Commission nationale de l'informatique et des libertés",
    "pour une durée maximale de {DUR}, renouvelable dans les mêmes conditions",
    "sous le contrôle de l'autorité judiciaire",
    "dans le respect du principe de proportionnalité",
    "au plus tard le {DATE}",
    "dans un délai de {DUR} à compter de la notification de la décision",
    "par une décision écrite et motivée",
    "à titre expérimental et jusqu'au {DATE}",
    "sans préjudice des compétences du maire en matière de police administrative",
    "selon des modalités précisées par arrêté du ministre de l'intérieur",
    "dans la limite des crédits inscrits en loi de finances",
    "après information préalable du public par tout moyen approprié",
    "sur l'ensemble du territoire national",
    "dans les collectivités d'outre-mer régies par l'article 73 de la Constitution",
    "lorsque la gravité des faits le justifie",
    "à l'exclusion de tout système d'identification biométrique",
    "dans les conditions prévues à {REF}",
    "aux seules fins de {P}",
    "afin de {P}",
)
PURPOSES = (
    "garantir le respect de la vie privée",
    "renforcer la transparence de l'action publique",
    "améliorer l'information du Parlement",
    "lutter contre le terrorisme",
    "protéger les libertés fondamentales",
    "sécuriser juridiquement des pratiques déjà existantes",
    "tirer les enseignements des expérimentations conduites depuis 2023",
    "assurer la continuité du service public",
)
VALUES = (  # with their preposition: "porte atteinte au droit..."
    "au droit au respect de la vie privée",
    "à la liberté d'aller et venir",
    "à la liberté de manifestation",
    "à la liberté d'expression",
    "au principe d'égalité devant la loi",
    "au droit à la protection des données personnelles",
)
CLAIMS = (
    "aucune évaluation indépendante n'a démontré l'efficacité de ces dispositifs",
    "le cadre juridique actuel demeure lacunaire",
    "les garanties prévues par le texte sont insuffisantes",
    "le coût de ces équipements pèse lourdement sur les finances locales",
    "les données collectées peuvent être détournées de leur finalité",
    "l'expérimentation a été prolongée sans qu'aucun bilan n'ait été rendu public",
    "les retours des forces de l'ordre sont encourageants",
    "le dispositif a permis de sécuriser les sites les plus exposés",
    "le cadre retenu offre des garanties solides",
    "la Commission nationale de l'informatique et des libertés a émis des réserves",
    "le Conseil constitutionnel a validé l'essentiel du dispositif sous réserves",
    "les citoyens ignorent le plus souvent l'existence de ces traitements",
)
QUESTIONS = (
    "les intentions du Gouvernement en la matière",
    "le nombre de communes ayant recours {a:O}",
    "le coût total {de:O} pour les finances publiques",
    "les garanties prévues pour {P}",
    "les mesures que le Gouvernement entend prendre pour {P}",
    "le calendrier envisagé pour l'évaluation {de:O}",
    "la position du Gouvernement sur {O}",
    "les suites que le Gouvernement entend donner aux recommandations {de:I}",
)
DURATIONS = (
    "trente jours",
    "six mois",
    "un an",
    "deux ans",
    "quinze jours",
    "trois mois",
    "quarante-huit heures",
    "sept jours",
)
FINES = ("3 750 euros", "15 000 euros", "45 000 euros", "75 000 euros", "300 000 euros")
PROGRAMMES = (
    "Police nationale",
    "Gendarmerie nationale",
    "Sécurité et éducation routières",
    "Administration territoriale de l'État",
    "Vie politique",
    "Conduite et pilotage des politiques de l'intérieur",
    "Sécurité civile",
)
FINAL_CHAPTERS = (
    "Dispositions diverses et finales",
    "Dispositions relatives à l'outre-mer",
    "Dispositions transitoires",
)

# --- Sentence templates ---------------------------------------------------------------------
# Placeholders: S/SP authority (singular/plural); V, V3, V3P verb phrase (infinitive, 3rd
# singular, 3rd plural); O object; C complement; P purpose; K claim; I institution; Y source;
# REF legal reference; LAW law; DATE; YEAR; AMOUNT; FINE; DUR duration; VAL value; Q question;
# CL clause; COUNT; TEXT "le présent projet de loi"..., ART article (bills); DEP, MIN,
# IL, DEPUTE (written questions). `{de:X}` and `{a:X}` contract the preposition with X's article.

NORMATIVE = (
    "{S} peut {V} {C}.",
    "{SP} peuvent {V} {C}.",
    "{S} {V3} {C}.",
    "{SP} {V3P} {C}.",
    "La durée de conservation {de:O} ne peut excéder {DUR}.",
    "Le recours {a:O} est subordonné à une autorisation délivrée par {S}.",
    "L'autorisation précise {O}, le périmètre géographique concerné et la durée de la mesure.",
    "Il en est rendu compte sans délai {a:S}.",
    "Toute décision prise sur ce fondement est motivée et notifiée aux personnes intéressées.",
    "À titre expérimental et jusqu'au {DATE}, {S} peut {V} {C}.",
    "Le fait de méconnaître les obligations prévues au présent article est puni d'un an"
    " d'emprisonnement et de {FINE} d'amende.",
    "Lorsque {S} constate un manquement aux dispositions du présent chapitre, {S} peut {V}.",
    "Par dérogation {a:REF}, {S} peut {V} {C}.",
    "Un décret en Conseil d'État fixe les conditions dans lesquelles {SP} peuvent {V}.",
    "Le Gouvernement remet au Parlement, au plus tard le {DATE}, un rapport d'évaluation sur la"
    " mise en œuvre du présent article, qui porte notamment sur {O}.",
    "Les conditions dans lesquelles {SP} {V3P} sont précisées par {REF}.",
    "{S} tient un registre des décisions prises en application du présent alinéa.",
)
CLOSING_PROVISIONS = (
    "Un décret en Conseil d'État, pris après avis de la Commission nationale de l'informatique"
    " et des libertés, précise les modalités d'application du présent article.",
    "Le présent article entre en vigueur le {DATE}.",
    "Le présent article est applicable en Nouvelle-Calédonie, en Polynésie française et dans"
    " les îles Wallis et Futuna.",
    "Le Gouvernement remet au Parlement, au plus tard le {DATE}, un rapport d'évaluation sur la"
    " mise en œuvre du présent article. Ce rapport est rendu public.",
)
EXPOSITORY = (
    "{TEXT} vise à {P}.",
    "Le texte prévoit notamment que {CL}.",
    "Cette mesure répond à une recommandation formulée par {I} dans son rapport de {YEAR}.",
    "Cette réforme s'inscrit dans le prolongement {de:LAW}.",
    "Le dispositif proposé permet de {P} {C}.",
    "Le Conseil d'État a estimé, dans son avis du {DATE}, que ces dispositions étaient"
    " proportionnées à l'objectif poursuivi.",
    "Il est proposé de {V} {C}.",
    "Le coût de cette mesure est évalué à {AMOUNT} par an.",
    "Depuis {YEAR}, {K}.",
    "Selon {I}, {K}.",
    "Dans ce contexte, il apparaît nécessaire de {P}.",
    "{K}.",
    "Ces dispositions permettent également de {P}.",
    "En outre, {CL}.",
    "{TEXT} fait le choix de {V} plutôt que de {V}.",
)
ARTICLE_INTRODUCTIONS = (
    "L'article {ART} {V3} {C}.",
    "L'article {ART} prévoit que {CL}.",
    "L'article {ART} modifie {REF} afin de {P}.",
    "L'article {ART} précise les conditions dans lesquelles {SP} peuvent {V}.",
)
CRITICAL = (
    "Cette disposition porte une atteinte disproportionnée {VAL}.",
    "Comme l'a relevé {I}, {K}.",
    "Rien ne justifie {de:V} {C}.",
    "Nous refusons que {S} puisse {V}.",
    "Il est indispensable de {P}.",
    "En l'état, {K}.",
    "Le présent amendement propose donc de {P}.",
    "{K}.",
    "Il convient enfin de rappeler que {K}.",
    "Selon {Y}, {K}.",
    "Cette surenchère sécuritaire se fait une nouvelle fois au prix des libertés publiques.",
)
SUPPORTIVE = (
    "Cet amendement de précision vise à {P}.",
    "Il apporte une garantie supplémentaire en prévoyant que {CL}.",
    "Il s'agit de permettre {a:S} de {V} {C}.",
    "{K}.",
    "Comme l'a souligné {I}, {K}.",
    "Cette rédaction permet de {P}.",
    "Le présent amendement vise ainsi à {P}.",
)
QUESTION = (
    "Alors que {K}, {DEPUTE} s'inquiète de la multiplication {de:O}.",
    "Selon {Y}, {K}.",
    "{DEPUTE} rappelle que {K}.",
    "Des élus de sa circonscription ont appelé son attention sur {O}.",
    "{IL} souhaiterait connaître {Q}.",
    "{IL} lui demande de bien vouloir lui indiquer {Q}.",
    "Par ailleurs, {K}.",
    "Dans ces conditions, il apparaît urgent de {P}.",
)
ANSWER = (
    "Le Gouvernement attache une attention particulière {a:O}.",
    "{LAW} a permis de {P}.",
    "Conformément {a:REF}, {CL}.",
    "À ce jour, {COUNT} communes ont recours {a:O}.",
    "Le ministère veille à ce que {S} puisse {V} {C}.",
    "Par ailleurs, {CL}.",
    "Un bilan sera présenté au Parlement avant le {DATE}.",
    "Le Gouvernement n'envisage pas, à ce stade, {de:V}.",
    "Il n'est donc pas envisagé de modifier le cadre juridique en vigueur.",
    "Ces garanties sont de nature à {P}.",
    "En outre, {K}.",
    "Le Gouvernement entend {V} {C}.",
)
CLAUSES = (
    "{S} {V3} {C}",
    "{SP} {V3P} {C}",
    "{S} peut {V} {C}",
    "{SP} ne peuvent {V} que {C}",
)
