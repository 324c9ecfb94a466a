"""The territorial innovation labs of the 2021 press kit (DITP), in French and English.

Eight labs existed in 2021 (nine with Lab Zéro next to InSo Lab in Provence-Alpes-Côte
d'Azur); four more were launched at the end of 2021 in Normandy, Grand Est, Centre-Val de
Loire and Bourgogne-Franche-Comté. The press kit gives no postal or email address: those
fields stay empty rather than invented.
"""

from .text import UL, P

_COMMON_FR = (
    "Lauréats d'un appel à projets lancé par la DITP dans le cadre du Programme "
    "d'investissement d'avenir en novembre 2016, les laboratoires d'innovation territoriale "
    "facilitent l'émergence et l'expérimentation de projets d'innovation publique qui répondent "
    "à des problématiques de territoire, à l'initiative des agents de terrain."
)
_COMMON_EN = (
    "Winners of a call for projects launched by the DITP under the Investments for the Future "
    "Programme in November 2016, the territorial innovation labs help public innovation "
    "projects emerge and be tested where they answer a local problem, on the initiative of "
    "front-line public servants."
)

# slug fr / slug en, organisation slug, region slug, texts
LABS = [
    {
        "slug": "ti-lab",
        "slug_en": "ti-lab",
        "organisation": "ti-lab",
        "region": "bretagne",
        "fr": {
            "title": "Ti-Lab",
            "summary": "Le laboratoire d'innovation publique de Bretagne, porté par la préfecture de région et le conseil régional.",
            "body": [
                P(
                    "Le Ti-Lab travaille sous l'égide de la préfecture de la région Bretagne et du conseil régional de Bretagne. Il fait travailler ensemble les acteurs des politiques publiques par-delà les silos administratifs.",
                    "Avec Pôle emploi, il a par exemple travaillé à la simplification du parcours de formation des demandeurs d'emploi.",
                    _COMMON_FR,
                ),
            ],
        },
        "en": {
            "title": "Ti-Lab",
            "summary": "The public innovation lab of Brittany, run jointly by the regional prefecture and the regional council.",
            "body": [
                P(
                    "Ti-Lab works under the aegis of the Prefecture of the Brittany region and the Brittany Regional Council. It brings the people in charge of public policies together across administrative silos.",
                    "With Pôle emploi, for example, it worked on simplifying the training path of job seekers.",
                    _COMMON_EN,
                ),
            ],
        },
    },
    {
        "slug": "siilab",
        "slug_en": "siilab",
        "organisation": "siilab",
        "region": "hauts-de-france",
        "fr": {
            "title": "Siilab",
            "summary": "Le laboratoire d'innovation territoriale des Hauts-de-France, tourné vers les publics et l'accessibilité.",
            "body": [
                P(
                    "Le Siilab partage ses actions et ses projets en lien direct avec les publics : accessibilité numérique, « Web facile pour tous », ateliers FALC (facile à lire et à comprendre).",
                    "Il a accueilli des ateliers sur la réforme de la haute fonction publique, notamment avec des groupes témoins de contractuels et de jeunes hauts fonctionnaires.",
                    _COMMON_FR,
                ),
            ],
        },
        "en": {
            "title": "Siilab",
            "summary": "The territorial innovation lab of Hauts-de-France, focused on the public and on accessibility.",
            "body": [
                P(
                    'Siilab shares its actions and projects directly with the public: digital accessibility, an "easy web for everyone", easy-to-read (FALC) workshops.',
                    "It hosted workshops on the reform of the senior civil service, in particular with test groups of contract staff and young senior civil servants.",
                    _COMMON_EN,
                ),
            ],
        },
    },
    {
        "slug": "la-fabrique-rh",
        "slug_en": "la-fabrique-rh",
        "organisation": "fabrique-rh",
        "region": "ile-de-france",
        "fr": {
            "title": "La Fabrique RH",
            "summary": "Le laboratoire d'innovation territoriale d'Île-de-France, consacré aux ressources humaines publiques.",
            "body": [
                P(
                    "La Fabrique RH accompagne les services de l'État en Île-de-France sur les sujets de ressources humaines. Avec la DGAFP et la préfecture de la région d'Île-de-France, elle co-organise la masterclass du Fonds d'innovation RH.",
                    "Elle a accueilli des ateliers sur la réforme de la haute fonction publique.",
                    _COMMON_FR,
                ),
            ],
        },
        "en": {
            "title": "La Fabrique RH",
            "summary": "The territorial innovation lab of Île-de-France, devoted to public human resources.",
            "body": [
                P(
                    "La Fabrique RH supports State services in Île-de-France on human resources matters. With the DGAFP and the Prefecture of the Île-de-France region, it co-organises the masterclass of the HR Innovation Fund.",
                    "It hosted workshops on the reform of the senior civil service.",
                    _COMMON_EN,
                ),
            ],
        },
    },
    {
        "slug": "labase",
        "slug_en": "labase",
        "organisation": "labase",
        "region": "nouvelle-aquitaine",
        "fr": {
            "title": "LaBase",
            "summary": "Le laboratoire d'innovation territoriale de Nouvelle-Aquitaine, ouvert aux agents qui veulent proposer et incuber des projets.",
            "body": [
                P(
                    "LaBase publie une feuille de route, propose des activités aux agents publics de la région et les invite à s'impliquer : proposer des projets, incuber de nouvelles idées, rejoindre les chantiers en cours.",
                    _COMMON_FR,
                ),
            ],
        },
        "en": {
            "title": "LaBase",
            "summary": "The territorial innovation lab of Nouvelle-Aquitaine, open to public servants who want to propose and incubate projects.",
            "body": [
                P(
                    "LaBase publishes a roadmap, offers activities to the region's public servants and invites them to take part: proposing projects, incubating new ideas, joining the work under way.",
                    _COMMON_EN,
                ),
            ],
        },
    },
    {
        "slug": "le-labo",
        "slug_en": "le-labo",
        "organisation": "labo-occitanie",
        "region": "occitanie",
        "fr": {
            "title": "Le LabO",
            "summary": "Le laboratoire d'innovation territoriale d'Occitanie.",
            "body": [
                P(
                    "Le LabO est le laboratoire d'innovation territoriale de la région Occitanie. La région compte aussi un réseau d'innovation qui rassemble 260 administrations, renforcé par le plan de relance.",
                    _COMMON_FR,
                ),
            ],
        },
        "en": {
            "title": "Le LabO",
            "summary": "The territorial innovation lab of Occitanie.",
            "body": [
                P(
                    "Le LabO is the territorial innovation lab of the Occitanie region. The region also has an innovation network of 260 administrations, strengthened by the recovery plan.",
                    _COMMON_EN,
                ),
            ],
        },
    },
    {
        "slug": "inso-lab",
        "slug_en": "inso-lab",
        "organisation": "inso-lab",
        "region": "provence-alpes-cote-d-azur",
        "fr": {
            "title": "InSo Lab",
            "summary": "Un laboratoire d'innovation territoriale de Provence-Alpes-Côte d'Azur, qui expérimente dans le Var sur l'accueil social.",
            "body": [
                P(
                    "InSo Lab amène l'innovation publique là où elle n'est pas encore présente. Il mène par exemple des expérimentations dans le Var sur l'accueil social inconditionnel de proximité.",
                    "Avec Etat'LIN, il opère les travaux d'immersion auprès de personnes en perte d'autonomie coordonnés par la DITP pour le projet « grand âge et autonomie ».",
                    _COMMON_FR,
                ),
            ],
        },
        "en": {
            "title": "InSo Lab",
            "summary": "A territorial innovation lab in Provence-Alpes-Côte d'Azur, testing new ways of welcoming people to social services in the Var.",
            "body": [
                P(
                    "InSo Lab takes public innovation where it is not yet present. In the Var, for example, it runs experiments on unconditional local social reception.",
                    'With Etat\'LIN, it carries out the immersion work with people losing their autonomy that the DITP coordinates for the "old age and autonomy" project.',
                    _COMMON_EN,
                ),
            ],
        },
    },
    {
        "slug": "lab-zero",
        "slug_en": "lab-zero",
        "organisation": "lab-zero",
        "region": "provence-alpes-cote-d-azur",
        "fr": {
            "title": "Lab Zéro",
            "summary": "Un laboratoire d'innovation territoriale de Provence-Alpes-Côte d'Azur.",
            "body": [
                P(
                    "Lab Zéro est, avec InSo Lab, l'un des deux laboratoires d'innovation territoriale de la région Provence-Alpes-Côte d'Azur.",
                    _COMMON_FR,
                ),
            ],
        },
        "en": {
            "title": "Lab Zéro",
            "summary": "A territorial innovation lab in Provence-Alpes-Côte d'Azur.",
            "body": [
                P(
                    "Together with InSo Lab, Lab Zéro is one of the two territorial innovation labs of the Provence-Alpes-Côte d'Azur region.",
                    _COMMON_EN,
                ),
            ],
        },
    },
    {
        "slug": "etat-lin",
        "slug_en": "etat-lin",
        "organisation": "etatlin",
        "region": "pays-de-la-loire",
        "fr": {
            "title": "Etat'LIN",
            "summary": "Le laboratoire d'innovation territoriale de l'État en Pays de la Loire.",
            "body": [
                P(
                    "Etat'LIN ouvre régulièrement ses portes aux agents et propose des formats ludiques, comme le jeu sérieux « 30 jours pour télétravailler ».",
                    "Avec InSo Lab, il opère les travaux d'immersion du projet « grand âge et autonomie », avec la participation du lab du ministère des Solidarités et de la Santé.",
                    _COMMON_FR,
                ),
            ],
        },
        "en": {
            "title": "Etat'LIN",
            "summary": "The State's territorial innovation lab in Pays de la Loire.",
            "body": [
                P(
                    'Etat\'LIN regularly opens its doors to public servants and offers playful formats such as the serious game "30 days to work from home".',
                    'With InSo Lab, it carries out the immersion work of the "old age and autonomy" project, with the lab of the Ministry of Solidarity and Health.',
                    _COMMON_EN,
                ),
            ],
        },
    },
    {
        "slug": "lab-archipel",
        "slug_en": "lab-archipel",
        "organisation": "lab-archipel",
        "region": "auvergne-rhone-alpes",
        "fr": {
            "title": "Lab @RCHIPEL",
            "summary": "Le laboratoire d'innovation territoriale d'Auvergne-Rhône-Alpes.",
            "body": [
                P(
                    "Le Lab @RCHIPEL accompagne les services de l'État de la région dans leurs projets, comme la préfecture de l'Ardèche qui repense l'accueil de ses usagers avec les agents, les usagers, les commerçants et les associations.",
                    "Il a accueilli des ateliers sur la réforme de la haute fonction publique.",
                    _COMMON_FR,
                ),
            ],
        },
        "en": {
            "title": "Lab @RCHIPEL",
            "summary": "The territorial innovation lab of Auvergne-Rhône-Alpes.",
            "body": [
                P(
                    "Lab @RCHIPEL supports the State services of the region in their projects, such as the Prefecture of Ardèche, which is rethinking how it welcomes the public together with staff, users, shopkeepers and associations.",
                    "It hosted workshops on the reform of the senior civil service.",
                    _COMMON_EN,
                ),
            ],
        },
    },
    {
        "slug": "innov-mandie",
        "slug_en": "innov-mandie",
        "organisation": "innovmandie",
        "region": "normandie",
        "fr": {
            "title": "Innov'Mandie",
            "summary": "Le laboratoire d'innovation territoriale de Normandie, pensé par la préfecture de région comme un réseau sur tout le territoire normand.",
            "body": [
                P(
                    "Le laboratoire Innov'Mandie a été pensé par la préfecture de région dans une logique de réseau sur le territoire normand. Ses équipes se sont fixé trois objectifs :",
                    UL(
                        "la création d'un incubateur pour mettre à disposition des capacités d'animation de temps de créativité et d'intelligence collective à visée opérationnelle ;",
                        "le développement d'un espace d'apprentissage pour tous ceux qui souhaitent se former à la créativité, au design de service et à l'innovation ;",
                        "la construction d'un espace de ressources, collecteur de données et de compétences, mais également agrégateur d'outils et de méthodes.",
                    ),
                    "Parmi ses projets : une « école » de l'innovation managériale avec des ateliers de co-développement, et un site web d'appui RH et managérial accessible aux agents des services et opérateurs de l'État.",
                ),
            ],
        },
        "en": {
            "title": "Innov'Mandie",
            "summary": "The territorial innovation lab of Normandy, designed by the regional prefecture as a network across the whole region.",
            "body": [
                P(
                    "The Innov'Mandie lab was designed by the regional prefecture as a network spanning Normandy. Its teams set themselves three goals:",
                    UL(
                        "creating an incubator that offers facilitation for creative and collective intelligence sessions with practical outcomes;",
                        "developing a learning space for everyone who wants to train in creativity, service design and innovation;",
                        "building a resource space that gathers data and skills and brings tools and methods together.",
                    ),
                    'Among its projects: a "school" of managerial innovation with co-development workshops, and an HR and management support website open to the staff of State services and operators.',
                ),
            ],
        },
    },
    {
        "slug": "lab-est",
        "slug_en": "lab-est",
        "organisation": "lab-est",
        "region": "grand-est",
        "fr": {
            "title": "Lab'EST",
            "summary": "Le lab partagé de la préfecture de région et du conseil régional Grand Est, conçu « hors les murs ».",
            "body": [
                P(
                    "Le Lab'EST concrétise le partenariat pour l'innovation en Grand Est inscrit au contrat de plan État-région 2021-2027. Il est co-porté par le conseil régional et par la préfecture de région, et s'inscrit dans un écosystème d'autres laboratoires du Grand Est : labs des métropoles, lab de Pôle emploi Grand Est, lab des Hôpitaux universitaires de Strasbourg, chaire d'innovation publique de l'ENA-INSP.",
                    "Conçu dans un esprit « hors les murs », ses activités se déroulent à la préfecture, au conseil régional, au sein de structures « usagers » ou dans des tiers-lieux. Il accompagne la démarche « Imaginons ensemble l'avenir des services de l'État du Grand Est » et met en œuvre le projet DataGrandEst pour ouvrir les données des acteurs publics territoriaux.",
                ),
            ],
        },
        "en": {
            "title": "Lab'EST",
            "summary": 'The shared lab of the Grand Est regional prefecture and regional council, designed to work "outside its walls".',
            "body": [
                P(
                    "Lab'EST puts into practice the innovation partnership for Grand Est written into the 2021-2027 State-Region plan contract. It is run jointly by the regional council and the regional prefecture, and belongs to an ecosystem of other labs in Grand Est: the metropolitan labs, the Pôle emploi Grand Est lab, the lab of Strasbourg University Hospitals and the public innovation chair of ENA-INSP.",
                    'Designed to work "outside its walls", it runs its activities at the prefecture, at the regional council, in user organisations or in third places. It supports the initiative "Let\'s imagine the future of State services in Grand Est together" and carries the DataGrandEst project, which opens the data of local public bodies.',
                ),
            ],
        },
    },
    {
        "slug": "lab-bourgogne-franche-comte",
        "slug_en": "bourgogne-franche-comte-lab",
        "organisation": "lab-bourgogne-franche-comte",
        "region": "bourgogne-franche-comte",
        "fr": {
            "title": "Laboratoire d'innovation publique de Bourgogne-Franche-Comté",
            "summary": "Le futur lab de l'État en Bourgogne-Franche-Comté, né au premier semestre 2021 et en cours d'incubation.",
            "body": [
                P(
                    "Ce laboratoire veut créer un socle commun et partagé de l'innovation publique dans les services de l'État : offrir un appui pour simplifier et rendre plus lisibles les politiques publiques, et répondre aux besoins de formation des agents.",
                    "La préfecture de région travaille avec la Région et le CNFPT dans le cadre d'une entente partenariale pour diffuser largement l'innovation auprès des agents publics.",
                ),
            ],
        },
        "en": {
            "title": "Bourgogne-Franche-Comté public innovation lab",
            "summary": "The State's upcoming lab in Bourgogne-Franche-Comté, started in the first half of 2021 and now being incubated.",
            "body": [
                P(
                    "This lab aims to build a common, shared foundation for public innovation in State services: helping to simplify public policies and make them easier to understand, and meeting the training needs of public servants.",
                    "The regional prefecture works with the Region and the CNFPT under a partnership agreement to spread innovation widely among public servants.",
                ),
            ],
        },
    },
    {
        "slug": "lab-l",
        "slug_en": "lab-l",
        "organisation": "lab-l",
        "region": "centre-val-de-loire",
        "fr": {
            "title": "Lab'L",
            "summary": "Le laboratoire d'innovation territoriale de Centre-Val de Loire, tourné vers le numérique et le parcours des usagers.",
            "body": [
                P(
                    "Le lab'L aura dans sa programmation de nombreux sujets liés au numérique. Une priorité sera donnée aux projets qui facilitent le parcours des usagers et font connaître des outils comme « Démarches simplifiées » ou « Aides-territoires ».",
                ),
            ],
        },
        "en": {
            "title": "Lab'L",
            "summary": "The territorial innovation lab of Centre-Val de Loire, focused on digital services and user journeys.",
            "body": [
                P(
                    'Lab\'L will cover many digital topics. Priority will go to projects that make user journeys easier and promote tools such as "Démarches simplifiées" or "Aides-territoires".',
                ),
            ],
        },
    },
]
