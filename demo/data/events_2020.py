"""The DINUM's events of the 2020 Mois de l'innovation publique (blog post of 4 November 2020).

They keep their real dates: they are the past edition, shown in the programme's archive.
All took place online. Most had their registration on another site (Eventbrite, Livestorm,
modernisation.gouv.fr): ``external_url`` keeps that link. Sessions are (date, start, end)
in Paris time; where the post gives only a start time, the session is assumed to last one
hour (``assumed_end``).
"""

from .text import P, link

EDITION = "2020"

EVENTS = [
    {
        "slug": "appel-a-idees-donnees-publiques",
        "slug_en": "call-for-ideas-public-data",
        "format": "appel-a-idees",
        "themes": ["donnees", "experience-usager"],
        "organiser": "dinum",
        "sessions": [("2020-11-02", "09:00", "2020-11-30 18:00")],
        "external_url": "https://api.gouv.fr/lp/mois-innovation",
        "fr": {
            "title": "Appel à idées : à quelles données publiques rêvez-vous d'avoir accès ?",
            "summary": "Quels services souhaitez-vous construire grâce aux données publiques ? Administrations, collectivités, entreprises, associations, citoyennes et citoyens : cet appel à idées vous concerne.",
            "body": [
                P(
                    "Afin de permettre la création de nouveaux services, simplifier des services existants, dématérialiser des démarches et faciliter le développement de nouveaux usages, l'équipe API de la DINUM souhaite recueillir vos demandes d'accès à des données et les services que vous souhaitez construire grâce à la circulation des données.",
                ),
            ],
        },
        "en": {
            "title": "Call for ideas: which public data do you dream of accessing?",
            "summary": "Which services would you like to build with public data? Administrations, local authorities, companies, associations and citizens: this call for ideas is for you.",
            "body": [
                P(
                    "To enable new services, simplify existing ones, move procedures online and encourage new uses, DINUM's API team would like to collect your requests for access to data and the services you would like to build thanks to data sharing.",
                ),
            ],
        },
    },
    {
        "slug": "reussir-son-programme-d-intrapreneuriat",
        "slug_en": "running-a-successful-intrapreneurship-programme",
        "format": "webinaire",
        "themes": ["experience-agent"],
        "organiser": "beta-gouv",
        "sessions": [("2020-11-05", "09:00", "10:00")],
        "assumed_end": True,
        "external_url": "https://app.livestorm.co/dinum-3/reussir-son-programme-dintrapreneuriat-notre-retour-dexperience",
        "fr": {
            "title": "Réussir son programme d'intrapreneuriat : notre retour d'expérience",
            "summary": "L'équipe beta.gouv.fr partage ses apprentissages et ce qu'elle pense être les clés d'un programme d'intrapreneuriat réussi.",
            "body": [
                P(
                    "Vous êtes chargés de lancer un programme d'intrapreneuriat dans une administration publique ? Vous avez prévu d'en lancer un ? Vous êtes membre d'une direction générale, directeur des ressources humaines, directrice du numérique ou en charge de la transformation ?",
                    "Le programme beta.gouv.fr de la DINUM accompagne des administrations centrales et locales dans leur programme d'intrapreneuriat. Depuis 2013, il aide des agents publics à créer des services publics numériques, appelés « Startups d'État » car ils s'inspirent des méthodes de travail innovantes et de la culture entrepreneuriale des start-ups du privé.",
                ),
            ],
        },
        "en": {
            "title": "Running a successful intrapreneurship programme: what we learned",
            "summary": "The beta.gouv.fr team shares what it has learned and what it believes are the keys to a successful intrapreneurship programme.",
            "body": [
                P(
                    "Are you in charge of launching an intrapreneurship programme in a public administration, or planning to? Are you part of a directorate general, a human resources director, a chief digital officer or in charge of transformation?",
                    'DINUM\'s beta.gouv.fr programme supports central and local administrations with their intrapreneurship programmes. Since 2013 it has helped public servants build digital public services, called "State startups" because they draw on the innovative working methods and entrepreneurial culture of private startups.',
                ),
            ],
        },
    },
    {
        "slug": "perenniser-la-transformation-numerique",
        "slug_en": "making-digital-transformation-last",
        "format": "webinaire",
        "themes": ["talents-numeriques", "relance-impact"],
        "organiser": "etalab",
        "sessions": [("2020-11-09", "14:00", "15:15")],
        "external_url": "https://www.eventbrite.fr/e/billets-perenniser-la-transformation-numerique-les-defis-eig-un-an-apres-127005413611",
        "fr": {
            "title": "Pérenniser la transformation numérique : les défis EIG un an après",
            "summary": "Un an après la promotion 3 du programme Entrepreneurs d'intérêt général, des porteurs de projets racontent leur expérience.",
            "body": [
                P(
                    "Un an après la fin de la promotion 3 du programme EIG, les agents publics porteurs de défis EIG 3 reviendront sur les effets du programme. Où en sont les défis et dans quelle mesure ont-ils été pérennisés ? Quels sont les enjeux de l'immersion de spécialistes du numérique dans les services ? Quels en sont les bénéfices durables ?",
                    "L'occasion également de réfléchir aux enjeux de la transformation numérique au sens large.",
                ),
            ],
        },
        "en": {
            "title": "Making digital transformation last: the EIG challenges one year on",
            "summary": "One year after cohort 3 of the Public Interest Entrepreneurs programme, project leaders tell their story.",
            "body": [
                P(
                    "One year after the end of cohort 3 of the EIG programme, the public servants who led its challenges look back at what the programme changed. Where do the challenges stand, and how far have they been made permanent? What is at stake when digital specialists are immersed in public services? What are the lasting benefits?",
                    "It is also a chance to reflect on digital transformation in the broadest sense.",
                ),
            ],
        },
    },
    {
        "slug": "appel-a-projets-cycle-de-vie-de-la-donnee",
        "slug_en": "data-life-cycle-call-for-projects",
        "format": "webinaire",
        "themes": ["donnees", "relance-impact"],
        "organiser": "etalab",
        "sessions": [("2020-11-10", "14:00", "15:00")],
        "assumed_end": True,
        "external_url": "https://www.eventbrite.fr/e/billets-reunion-dinformation-appel-a-projets-cycle-de-vie-de-la-donnee-127000853973",
        "fr": {
            "title": "Réunion d'information sur l'appel à projets « Cycle de vie de la donnée » du plan France Relance",
            "summary": "Etalab présente l'appel à projets qui aide les administrations à développer l'usage de la donnée, et répond à vos questions.",
            "body": [
                P(
                    "Vous êtes une administration et vous souhaitez développer le recours à la donnée dans la décision et la performance publique ? Cet appel à projets vise à développer l'utilisation de la donnée dans votre administration (IA, décisionnel, échange de données, open data, archivage), afin d'améliorer l'efficacité de l'action publique, développer une culture de la donnée au sein de votre structure ou accroître la qualité des données mises à disposition du public ou d'autres administrations.",
                    "Etalab organise une réunion d'information pour vous présenter le dispositif et répondre à vos questions.",
                ),
            ],
        },
        "en": {
            "title": 'Information meeting on the "Data life cycle" call for projects of the France Relance plan',
            "summary": "Etalab presents the call for projects that helps administrations make more use of data, and answers your questions.",
            "body": [
                P(
                    "Is your administration looking to use data more in public decision-making and performance? This call for projects aims to develop the use of data in your administration (AI, business intelligence, data exchange, open data, archiving) to make public action more effective, build a data culture in your organisation, or improve the quality of the data made available to the public or to other administrations.",
                    "Etalab is holding an information meeting to present the scheme and answer your questions.",
                ),
            ],
        },
    },
    {
        "slug": "5-projets-pour-innover-avec-l-ia",
        "slug_en": "5-projects-innovating-with-ai",
        "format": "restitution",
        "themes": ["intelligence-artificielle"],
        "organiser": "etalab",
        "sessions": [
            ("2020-11-16", "17:00", "17:30"),
            ("2020-11-17", "17:00", "17:30"),
            ("2020-11-18", "17:00", "17:30"),
            ("2020-11-19", "17:00", "17:30"),
            ("2020-11-20", "17:00", "17:30"),
        ],
        "external_url": "https://www.eventbrite.fr/e/billets-les-pitchs-5-projets-pour-innover-avec-lia-dans-ladministration-126554861999",
        "fr": {
            "title": "Découvrez 5 projets pour innover avec l'IA dans l'administration",
            "summary": "Cinq équipes accompagnées par le Lab IA d'Etalab et la DITP en 2020 partagent leur expérience, 30 minutes chaque jour.",
            "body": [
                P(
                    "Cinq équipes projets ont été accompagnées par le Lab IA d'Etalab et la DITP en 2020 pour développer un prototype fonctionnel. Elles partageront avec vous leur expérience pendant 30 minutes chaque jour.",
                    "Au programme : faciliter l'accès aux informations sur des patients, identifier et regrouper des requêtes similaires pour accélérer les délais de jugement, optimiser le traitement de contrôles sanitaires, identifier les molécules contaminant l'environnement et développer un outil d'aide à l'implantation des entreprises en Nouvelle-Aquitaine.",
                ),
            ],
        },
        "en": {
            "title": "Discover 5 projects innovating with AI in government",
            "summary": "Five teams supported by Etalab's AI Lab and the DITP in 2020 share their experience, 30 minutes a day.",
            "body": [
                P(
                    "In 2020, Etalab's AI Lab and the DITP helped five project teams build a working prototype. Each day, one of them will share its experience with you for 30 minutes.",
                    "On the programme: easier access to patient information, spotting and grouping similar court applications to shorten the time to judgment, better processing of health inspections, identifying the molecules that pollute the environment, and a tool to help companies choose where to set up in Nouvelle-Aquitaine.",
                ),
            ],
        },
    },
    {
        "slug": "pseudonymisation-des-decisions-de-justice",
        "slug_en": "pseudonymising-court-decisions",
        "format": "webinaire",
        "themes": ["intelligence-artificielle", "donnees"],
        "organiser": "etalab",
        "sessions": [("2020-11-19", "14:00", "15:00")],
        "assumed_end": True,
        "external_url": "https://transformations-droit.com/les-conferences-virtuelles-de-transfodroit-pour-construire-les-rdv-2021",
        "fr": {
            "title": "La pseudonymisation des décisions de justice : regards croisés avec Etalab, la Cour de cassation et le Conseil d'État",
            "summary": "Comment pseudonymiser avec l'intelligence artificielle les décisions de justice mises à disposition du public ?",
            "body": [
                P(
                    "Les décisions de justice sont mises à disposition du public : comment pseudonymiser les documents contenant des données à caractère personnel avec l'intelligence artificielle ?",
                    "Le Lab IA d'Etalab participe aux RDV des Transformations du droit pour présenter ses travaux sur la création d'un outil de pseudonymisation, en collaboration avec le Conseil d'État et la Cour de cassation.",
                ),
            ],
        },
        "en": {
            "title": "Pseudonymising court decisions: perspectives from Etalab, the Court of Cassation and the Council of State",
            "summary": "How can artificial intelligence pseudonymise the court decisions made available to the public?",
            "body": [
                P(
                    "Court decisions are made available to the public: how can documents containing personal data be pseudonymised with artificial intelligence?",
                    'Etalab\'s AI Lab takes part in the "RDV des Transformations du droit" to present its work on a pseudonymisation tool, built with the Council of State and the Court of Cassation.',
                ),
            ],
        },
    },
    {
        "slug": "france-relance-developper-nos-talents-numeriques",
        "slug_en": "france-relance-growing-our-digital-talent",
        "format": "atelier-participatif",
        "themes": ["talents-numeriques", "relance-impact"],
        "organiser": "dinum",
        "sessions": [("2020-11-20", "11:00", "12:00")],
        "external_url": "https://app.livestorm.co/dinum-4/plan-de-relance-comment-developper-nos-talents-numeriques",
        "fr": {
            "title": "France Relance : comment développer nos talents numériques ?",
            "summary": "Un atelier d'intelligence collective pour faire émerger des idées qui développent les compétences numériques de l'État.",
            "body": [
                P(
                    "Animation d'un atelier d'intelligence collective visant à faire émerger des idées innovantes favorisant le développement des compétences numériques de l'État.",
                    "Les idées pourront cibler l'attractivité de l'État employeur dans les territoires pour les professionnels du numérique, des modalités innovantes de recrutement ou de formation aux outils et méthodes de travail numériques pour les agents et managers publics, des dispositifs de reconversion, la relocalisation ou la mutualisation de services numériques hors Île-de-France…",
                ),
            ],
        },
        "en": {
            "title": "France Relance: how can we grow our digital talent?",
            "summary": "A collective intelligence workshop to bring out ideas that develop the State's digital skills.",
            "body": [
                P(
                    "A facilitated collective intelligence workshop to bring out innovative ideas that develop the State's digital skills.",
                    "Ideas may target the State's appeal as an employer of digital professionals across the country, new ways of recruiting, training public servants and managers in digital tools and working methods, career change schemes, or moving or pooling digital services outside the Paris region…",
                ),
            ],
        },
    },
    {
        "slug": "clinique-bluehats-ouverture-des-codes-sources",
        "slug_en": "bluehats-clinic-opening-source-code",
        "format": "atelier-participatif",
        "themes": ["logiciel-libre"],
        "organiser": "etalab",
        "sessions": [("2020-11-23", "13:30", "17:30")],
        "fr": {
            "title": "Clinique #BlueHats d'ouverture des codes sources",
            "summary": "Vous avez besoin d'aide pour ouvrir des codes sources ? Venez poser vos questions lors de sessions de travail collectives et individuelles.",
            "body": [
                P(
                    "Une clinique #BlueHats se tiendra en ligne sur l'ouverture des codes sources publics. Vous avez besoin d'aide pour ouvrir des codes sources ? Venez poser vos questions et proposer vos codes sources lors de sessions de travail collectives et individuelles.",
                    link(
                        "https://www.modernisation.gouv.fr/mois-innovation-publique/evenement/ouvrez-vos-codes-sources",
                        "Plus d'informations sur le site du Mois de l'innovation publique",
                    ),
                ),
            ],
        },
        "en": {
            "title": "#BlueHats clinic on opening source code",
            "summary": "Need help opening your source code? Bring your questions to group and one-to-one working sessions.",
            "body": [
                P(
                    "An online #BlueHats clinic on opening public source code. Need help opening source code? Come and ask your questions and put forward your code in group and one-to-one working sessions.",
                    link(
                        "https://www.modernisation.gouv.fr/mois-innovation-publique/evenement/ouvrez-vos-codes-sources",
                        "More information on the Public Innovation Month website (in French)",
                    ),
                ),
            ],
        },
    },
    {
        "slug": "france-relance-competences-numeriques-des-agents",
        "slug_en": "france-relance-digital-skills-of-civil-servants",
        "format": "webinaire",
        "themes": ["talents-numeriques", "relance-impact"],
        "organiser": "dinum",
        "sessions": [("2020-11-24", "09:30", "10:15")],
        "external_url": "https://app.livestorm.co/dinum-4/plan-de-relance-developpez-les-competences-numeriques-des-agents-de-letat",
        "fr": {
            "title": "France Relance : développez les compétences numériques des agents de l'État !",
            "summary": "Les fonds du plan France Relance dédiés aux compétences numériques de l'État, des exemples d'actions et vos questions.",
            "body": [
                P(
                    "Présentation des fonds du plan France Relance dédiés au développement des compétences numériques de l'État et de quelques exemples d'actions possibles, puis réponses aux questions des participants sur le périmètre des actions pouvant entrer dans ce cadre et les modalités pratiques de l'appel à projets.",
                ),
            ],
        },
        "en": {
            "title": "France Relance: build the digital skills of State employees!",
            "summary": "The France Relance funds for the State's digital skills, examples of actions, and your questions.",
            "body": [
                P(
                    "A presentation of the France Relance funds dedicated to developing the State's digital skills and a few examples of possible actions, followed by answers to participants' questions on which actions are eligible and how the call for projects works in practice.",
                ),
            ],
        },
    },
    {
        "slug": "la-mission-label-se-presente",
        "slug_en": "meet-the-label-mission",
        "format": "webinaire",
        "themes": ["relance-impact"],
        "organiser": "dinum",
        "sessions": [("2020-11-24", "14:00", "14:45"), ("2020-11-26", "11:00", "11:45")],
        "fr": {
            "title": "La mission LABEL se présente",
            "summary": "L'offre d'accompagnement de la mission LABEL, qui labellise les solutions et outils numériques recommandés aux administrations.",
            "body": [
                P(
                    "Présentation de l'offre d'accompagnement de la mission LABEL, dédiée à labelliser les solutions et outils numériques recommandés à l'usage des administrations, et du thème « Utiliser des technologies émergentes pour améliorer le secteur public » du plan France Relance.",
                    "Présentation de la démarche de labellisation, en cours depuis juillet 2020, et des actions qui seront mises en place : définition de règles et d'un processus équitable de labellisation, mise à jour d'un catalogue de solutions labellisées permettant d'encourager le recours à ces solutions.",
                    link(
                        "https://www.modernisation.gouv.fr/mois-innovation-publique/evenement/la-mission-label-se-presente",
                        "Plus d'informations sur le site du Mois de l'innovation publique",
                    ),
                ),
            ],
        },
        "en": {
            "title": "Meet the LABEL mission",
            "summary": "The support offered by the LABEL mission, which labels the digital solutions and tools recommended to administrations.",
            "body": [
                P(
                    'A presentation of the support offered by the LABEL mission, which labels the digital solutions and tools recommended for use by administrations, and of the France Relance theme "Using emerging technologies to improve the public sector".',
                    "A presentation of the labelling process, under way since July 2020, and of the actions to come: fair labelling rules and process, and an updated catalogue of labelled solutions to encourage their use.",
                    link(
                        "https://www.modernisation.gouv.fr/mois-innovation-publique/evenement/la-mission-label-se-presente",
                        "More information on the Public Innovation Month website (in French)",
                    ),
                ),
            ],
        },
    },
    {
        "slug": "les-defis-eig-au-ministere-de-la-culture",
        "slug_en": "eig-challenges-at-the-ministry-of-culture",
        "format": "webinaire",
        "themes": ["talents-numeriques"],
        "organiser": "ministere-culture",
        "sessions": [("2020-11-25", "11:00", "12:00")],
        "external_url": "https://www.modernisation.gouv.fr/mois-innovation-publique/evenement/les-defis-eig-au-ministere-de-la-culture",
        "fr": {
            "title": "Les défis EIG au ministère de la Culture",
            "summary": "Quatre défis du ministère de la Culture lauréats du programme Entrepreneurs d'intérêt général, à travers des cas concrets.",
            "body": [
                P(
                    "Le ministère de la Culture organise une présentation de 4 défis du ministère lauréats du programme Entrepreneurs d'intérêt général lors de différentes promotions. Venez découvrir le programme, sa force, ses réussites et ses résultats, à travers des cas concrets dans le domaine de la culture.",
                ),
            ],
        },
        "en": {
            "title": "EIG challenges at the Ministry of Culture",
            "summary": "Four challenges of the Ministry of Culture selected by the Public Interest Entrepreneurs programme, through concrete cases.",
            "body": [
                P(
                    "The Ministry of Culture presents four of its challenges selected by the Public Interest Entrepreneurs programme over several cohorts. Discover the programme, its strengths, its successes and its results through concrete cases in the field of culture.",
                ),
            ],
        },
    },
    {
        "slug": "eig-ou-intrapreneuriat-quel-programme",
        "slug_en": "eig-or-intrapreneurship-which-programme",
        "format": "webinaire",
        "themes": ["talents-numeriques", "experience-agent"],
        "organiser": "etalab",
        "sessions": [("2020-11-25", "13:00", "14:00")],
        "external_url": "https://app.livestorm.co/dinum-3/eig-betagouv",
        "fr": {
            "title": "Entrepreneurs d'intérêt général / intrapreneuriat beta.gouv.fr : quel programme pour quel projet ?",
            "summary": "Les responsables des deux dispositifs présentent leurs différences et leurs complémentarités.",
            "body": [
                P(
                    "Vous trouvez le programme Entrepreneurs d'intérêt général et l'intrapreneuriat de nos collègues de beta.gouv.fr très similaires ? Vous souhaitez en savoir plus ?",
                    "Lors de cet événement organisé en partenariat avec beta.gouv.fr, venez rencontrer les responsables des deux dispositifs qui vous en présenteront les différences et complémentarités.",
                ),
            ],
        },
        "en": {
            "title": "Public Interest Entrepreneurs or beta.gouv.fr intrapreneurship: which programme for which project?",
            "summary": "The heads of both schemes explain how they differ and how they complement each other.",
            "body": [
                P(
                    "Do the Public Interest Entrepreneurs programme and our beta.gouv.fr colleagues' intrapreneurship look very similar to you? Would you like to know more?",
                    "At this event, organised with beta.gouv.fr, meet the heads of both schemes, who will explain their differences and how they complement each other.",
                ),
            ],
        },
    },
    {
        "slug": "open-lab-piaf",
        "slug_en": "piaf-open-lab",
        "format": "atelier-participatif",
        "themes": ["intelligence-artificielle"],
        "organiser": "etalab",
        "sessions": [("2020-11-26", "09:30", "12:00")],
        "external_url": "https://www.eventbrite.fr/e/billets-open-lab-piaf-pour-une-ia-francophone-du-modele-ia-a-lapplication-126835188463",
        "fr": {
            "title": "Open Lab PIAF (Pour une IA francophone), du modèle IA à l'application",
            "summary": "Les cas d'usage de PIAF avec service-public.fr, suivis d'échanges et d'ateliers participatifs.",
            "body": [
                P(
                    "Votre direction voudrait créer un agent conversationnel ? Vous souhaiteriez améliorer les outils de recherche documentaire dans votre service grâce à l'IA ?",
                    "Découvrez les cas d'usage de PIAF en collaboration avec service-public.fr, suivis d'échanges et d'ateliers participatifs.",
                ),
            ],
        },
        "en": {
            "title": "PIAF Open Lab (for a French-language AI), from AI model to application",
            "summary": "PIAF's use cases with service-public.fr, followed by discussions and participatory workshops.",
            "body": [
                P(
                    "Would your directorate like to build a chatbot? Would you like to improve your department's document search tools with AI?",
                    "Discover PIAF's use cases, built with service-public.fr, followed by discussions and participatory workshops.",
                ),
            ],
        },
    },
    {
        "slug": "simplifier-les-demarches-grace-aux-api",
        "slug_en": "simplifying-procedures-with-apis",
        "format": "webinaire",
        "themes": ["donnees", "experience-usager"],
        "organiser": "dinum",
        "sessions": [("2020-11-26", "15:30", "17:00")],
        "external_url": "https://www.eventbrite.fr/e/billets-simplifier-les-demarches-des-citoyens-grace-aux-api-3-recits-126811276943",
        "fr": {
            "title": "Simplifier et dématérialiser les démarches des citoyens et des entreprises grâce aux API : trois récits de collaboration",
            "summary": "Un fournisseur de données, une collectivité territoriale et un éditeur de logiciels racontent l'impact de la circulation des données.",
            "body": [
                P(
                    "Trois acteurs vous racontent comment la circulation des données a eu un impact sur leurs politiques publiques : un fournisseur de données, une collectivité territoriale, un éditeur de logiciels. Un webinaire animé par l'équipe API de la DINUM.",
                ),
            ],
        },
        "en": {
            "title": "Simplifying and digitising procedures for citizens and businesses with APIs: three stories of collaboration",
            "summary": "A data provider, a local authority and a software publisher tell how data sharing made a difference.",
            "body": [
                P(
                    "Three organisations tell you how data sharing affected their public policies: a data provider, a local authority and a software publisher. A webinar hosted by DINUM's API team.",
                ),
            ],
        },
    },
    {
        "slug": "l-open-data-et-les-territoires",
        "slug_en": "open-data-and-local-authorities",
        "format": "webinaire",
        "themes": ["donnees"],
        "organiser": "etalab",
        "sessions": [("2020-11-26", "17:00", "18:00")],
        "assumed_end": True,
        "external_url": "https://www.eventbrite.fr/e/billets-lopen-data-et-les-territoires-127174519411",
        "fr": {
            "title": "L'open data et les territoires : quelle collaboration entre l'État et les collectivités territoriales ?",
            "summary": "Un état des lieux de l'ouverture des données dans les territoires, avec des témoignages de l'administration centrale et des collectivités.",
            "body": [
                P(
                    "Qu'en est-il de la mise en œuvre de l'open data par défaut dans les territoires ? Quels sont les mécanismes de collaboration entre l'État et les collectivités territoriales ? Comment accélérer l'ouverture des données de qualité ?",
                    "Pour répondre à ces questions, un état des lieux de l'ouverture des données dans les territoires sera proposé, et des acteurs de l'administration centrale et des collectivités territoriales prendront la parole pour apporter leur témoignage.",
                ),
            ],
        },
        "en": {
            "title": "Open data and local areas: how can the State and local authorities work together?",
            "summary": "An overview of open data in local areas, with accounts from central government and local authorities.",
            "body": [
                P(
                    "Where do local areas stand with open data by default? How do the State and local authorities work together? How can we speed up the opening of good-quality data?",
                    "To answer these questions, we will present an overview of open data across the country, and speakers from central government and local authorities will share their experience.",
                ),
            ],
        },
    },
    {
        "slug": "design-public-5-environnement-et-biodiversite",
        "slug_en": "public-design-5-environment-and-biodiversity",
        "format": "rencontre",
        "themes": ["design", "services-ecoresponsables"],
        "organiser": "etalab",
        "sessions": [("2020-11-26", "18:00", "20:00")],
        "external_url": "https://www.eventbrite.fr/e/billets-design-public-meetup-5-environnement-et-biodiversite-127727597683",
        "fr": {
            "title": "Design Public #5 : environnement et biodiversité",
            "summary": "Quatre projets de design du programme Designers d'intérêt général autour de l'environnement et de la biodiversité.",
            "body": [
                P(
                    "Événement de présentation de 4 projets de design développés dans le cadre du programme Designers d'intérêt général (désormais fusionné avec Entrepreneurs d'intérêt général), autour de l'environnement et de la biodiversité.",
                    "Venez découvrir les retours d'expérience de praticiennes et praticiens du design dans l'administration et leur poser vos questions.",
                ),
            ],
        },
        "en": {
            "title": "Public Design #5: environment and biodiversity",
            "summary": "Four design projects of the Public Interest Designers programme on the environment and biodiversity.",
            "body": [
                P(
                    "A presentation of four design projects developed within the Public Interest Designers programme (now merged with Public Interest Entrepreneurs), on the environment and biodiversity.",
                    "Hear from design practitioners working in government and ask them your questions.",
                ),
            ],
        },
    },
    {
        "slug": "piloter-les-politiques-publiques-par-la-donnee",
        "slug_en": "data-driven-public-policy",
        "format": "webinaire",
        "themes": ["donnees", "relance-impact"],
        "organiser": "dinum",
        "sessions": [("2020-11-27", "14:00", "16:00")],
        "external_url": "https://www.eventbrite.fr/e/billets-piloter-par-la-donnee-lancement-de-laccompagnement-interministeriel-127196130049",
        "fr": {
            "title": "Piloter les politiques publiques par la donnée : lancement de l'offre d'accompagnement",
            "summary": "L'offre d'accompagnement interministérielle au pilotage des politiques publiques par la donnée, avec une table ronde de cas d'usage.",
            "body": [
                P(
                    "Présentation de l'offre d'accompagnement interministérielle au pilotage des politiques publiques par la donnée. Cette offre est destinée aux administrations publiques souhaitant utiliser les données pour concevoir, mettre en œuvre et évaluer leurs politiques publiques.",
                    "Au programme : table ronde de cas d'usage par les ministères partenaires et présentation de l'offre et des outils d'accompagnement par les équipes de la DINUM et de la DITP.",
                ),
            ],
        },
        "en": {
            "title": "Data-driven public policy: launch of the support offer",
            "summary": "The interministerial support offer for steering public policies with data, with a round table of use cases.",
            "body": [
                P(
                    "A presentation of the interministerial support offer for steering public policies with data. It is meant for public administrations that want to use data to design, deliver and evaluate their policies.",
                    "On the programme: a round table of use cases from partner ministries, and a presentation of the support offer and tools by the DINUM and DITP teams.",
                ),
            ],
        },
    },
    {
        "slug": "tirer-profit-du-numerique-dans-vos-politiques-publiques",
        "slug_en": "making-the-most-of-digital-in-your-policies",
        "format": "webinaire",
        "themes": ["relance-impact"],
        "organiser": "dinum",
        "sessions": [("2020-11-30", "09:00", "10:00")],
        "external_url": "https://www.eventbrite.fr/e/billets-a-la-decouverte-de-la-transformation-numerique-de-letat-129477718341",
        "fr": {
            "title": "Comment tirer profit du numérique dans vos politiques publiques ?",
            "summary": "L'offre de conseil en stratégie numérique de la mission Transformation numérique de l'État, proposée aux cadres dirigeants.",
            "body": [
                P(
                    "Présentation de l'offre d'accompagnement interministérielle de la mission Transformation numérique de l'État de la DINUM. Cette offre de conseil en stratégie numérique est proposée aux cadres dirigeants de l'État pour les aider à tirer tout le potentiel du numérique, dans toutes ses composantes, pour transformer les politiques publiques.",
                    "Au programme : présentation de l'offre TRANSFO et témoignage du ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation, que la mission a accompagné sur le parcours étudiant.",
                ),
            ],
        },
        "en": {
            "title": "How can you make the most of digital in your public policies?",
            "summary": "The digital strategy consulting offered to senior executives by DINUM's State Digital Transformation mission.",
            "body": [
                P(
                    "A presentation of the interministerial support offered by DINUM's State Digital Transformation mission. This digital strategy consulting is offered to the State's senior executives to help them use the full potential of digital, in all its forms, to transform public policies.",
                    "On the programme: the TRANSFO offer, and the experience of the Ministry of Higher Education, Research and Innovation, which the mission supported on the student journey.",
                ),
            ],
        },
    },
    {
        "slug": "guichet-snap2-agentconnect",
        "slug_en": "snap2-agentconnect-window",
        "format": "webinaire",
        "themes": ["experience-agent", "relance-impact"],
        "organiser": "dinum",
        "sessions": [("2020-11-30", "09:30", "10:30")],
        "external_url": "https://www.eventbrite.fr/e/billets-presentation-du-guichet-snap2-dedie-a-agentconnect-128886383643",
        "fr": {
            "title": "Présentation du guichet SNAP2 « Identité numérique des agents publics » porté par le projet AgentConnect",
            "summary": "Le guichet SNAP2 dédié à AgentConnect dans le cadre de France Relance, pour que les agents se connectent facilement à leurs applications.",
            "body": [
                P(
                    "Présentation du guichet SNAP2 dédié à AgentConnect dans le cadre de France Relance. L'occasion de revenir sur les enjeux du projet AgentConnect, qui a pour but de permettre aux agents publics de l'État de se connecter facilement à leurs applications métiers (applications RH, outils collaboratifs…).",
                    "Les directions et services numériques des ministères intéressés par le sujet sont invités à s'inscrire dès maintenant.",
                ),
            ],
        },
        "en": {
            "title": 'Presentation of the SNAP2 window "Digital identity of public servants" run by the AgentConnect project',
            "summary": "The France Relance SNAP2 window for AgentConnect, so that public servants can log in to their applications easily.",
            "body": [
                P(
                    "A presentation of the France Relance SNAP2 funding window dedicated to AgentConnect, and of what is at stake in the AgentConnect project: letting State employees log in easily to their work applications (HR applications, collaboration tools…).",
                    "Ministries' digital directorates and departments interested in the subject are invited to register now.",
                ),
            ],
        },
    },
]
