"""Events of the 2021 Mois de l'innovation publique (DITP press kit), replayed as the coming edition.

Dates are the real 2021 ones; the loader moves them by a whole number of weeks to the
next November, so each event keeps its weekday and its times. Where the press kit gives a
day but no time, the times here are assumed (``assumed_times``). ``seats`` is
(capacity of the first session, people the demo registers to it): more people than seats
fill the session and put the rest on the waiting list.
"""

from .text import UL, P

EDITION = "2021"

EVENTS = [
    # Ministry of Transformation and the Civil Service (DITP, DINUM, DGAFP)
    {
        "slug": "experimentation-et-innovation-publique",
        "slug_en": "experimentation-and-public-innovation",
        "format": "table-ronde",
        "themes": ["relance-impact"],
        "organiser": "ditp",
        "sessions": [("2021-11-03", "09:30", "12:30")],
        "mode": "online",
        "seats": (150, 11),
        "fr": {
            "title": "Expérimentation et innovation publique",
            "summary": "Pourquoi faut-il expérimenter pour construire des politiques publiques et concevoir des services publics ?",
            "body": [
                P(
                    "Pourquoi faut-il expérimenter lorsqu'il s'agit de construire des politiques publiques, mais aussi de concevoir des services publics ? Comment les expérimentations peuvent-elles transformer les pratiques managériales ou les processus de travail ?",
                    "De quelle manière l'expérimentation peut-elle devenir un vecteur de développement territorial et de collaboration entre différentes parties prenantes ?",
                ),
            ],
        },
        "en": {
            "title": "Experimentation and public innovation",
            "summary": "Why experiment when building public policies and designing public services?",
            "body": [
                P(
                    "Why should we experiment when building public policies, and also when designing public services? How can experiments change management practices or work processes?",
                    "How can experimentation drive local development and collaboration between different stakeholders?",
                ),
            ],
        },
    },
    {
        "slug": "serious-games-reflexion-cooperation-apprentissage",
        "slug_en": "serious-games-for-thinking-cooperation-and-learning",
        "format": "serious-game",
        "themes": ["experience-agent"],
        "organiser": "dinum",
        "sessions": [("2021-11-03", "14:00", "18:00")],
        "mode": "on_site",
        "region": "ile-de-france",
        "seats": (24, 22),
        "fr": {
            "title": "Des serious games pour la réflexion, la coopération et l'apprentissage",
            "summary": "À la recherche de solutions à un problème ? Rencontrez des auteurs de jeux et débattez de vos idées pour traiter votre sujet par le jeu.",
            "body": [
                P(
                    "À la recherche de solutions à un problème ? Rencontrez des auteurs et débattez de vos idées pour contribuer à traiter par le jeu votre sujet. Venez découvrir des jeux, rencontrer les auteurs et écouter le retour d'expérience de la direction de l'École de guerre.",
                    "Les jeux présentés : Paris 2024, Résilience / Jouez le Premier ministre, Loi de programmation militaire, Sensibilisation aux menaces cyber… Un événement préparé avec l'association Serious Games Network France.",
                ),
            ],
        },
        "en": {
            "title": "Serious games for thinking, cooperation and learning",
            "summary": "Looking for solutions to a problem? Meet game designers and discuss your ideas to tackle your subject through play.",
            "body": [
                P(
                    "Looking for solutions to a problem? Meet game designers and discuss your ideas to tackle your subject through play. Discover games, meet their authors and hear how the École de guerre (war college) uses them.",
                    "Games presented: Paris 2024, Resilience / Play the Prime Minister, Military Programming Act, Cyber threat awareness… An event prepared with the Serious Games Network France association.",
                ),
            ],
        },
    },
    {
        "slug": "journee-des-labs",
        "slug_en": "labs-day",
        "format": "rencontre",
        "themes": ["relance-impact", "participation-citoyenne"],
        "organiser": "ditp",
        "sessions": [("2021-11-04", "09:00", "17:00")],
        "mode": "hybrid",
        "region": "ile-de-france",
        "seats": (30, 36),
        "fr": {
            "title": "Journée des labs",
            "summary": "La DITP réunit une cinquantaine de labs d'innovation territoriaux, ministériels, d'opérateurs et hospitaliers.",
            "body": [
                P(
                    "La DITP réunit une cinquantaine de labs d'innovation territoriale, de labs des ministères, de labs d'opérateurs et de labs hospitaliers.",
                    "Objectifs : mieux se connaître, partager un état de l'art au travers de retours d'expériences et développer des synergies.",
                ),
            ],
        },
        "en": {
            "title": "Labs Day",
            "summary": "The DITP brings together some fifty territorial, ministerial, operator and hospital innovation labs.",
            "body": [
                P(
                    "The DITP brings together some fifty territorial innovation labs, ministry labs, public operator labs and hospital labs.",
                    "The aims: getting to know each other, sharing the state of the art through experience reports, and building synergies.",
                ),
            ],
        },
    },
    {
        "slug": "aider-proactivement-les-jeunes-entree-vie-active",
        "slug_en": "proactively-helping-young-people-into-work",
        "format": "atelier-participatif",
        "themes": ["experience-usager"],
        "organiser": "dinum",
        "sessions": [("2021-11-08", "14:00", "16:00")],
        "mode": "on_site",
        "region": "ile-de-france",
        "seats": (20, 12),
        "fr": {
            "title": "Comment l'administration peut-elle aider proactivement les jeunes dans leur entrée dans la vie active ?",
            "summary": "Un atelier d'idéation en présentiel du programme « administration proactive », ouvert à la société civile comme aux agents.",
            "body": [
                P(
                    "Inverser la logique administrative et aller vers l'usager pour, a minima, l'informer de ses droits potentiels : c'est le cadre du programme « administration proactive », qui mobilise déjà de nombreuses administrations. L'un des axes de travail concerne les aides aux jeunes dans le parcours d'études.",
                    "Cet atelier d'idéation en présentiel sera alimenté de travaux d'investigation et invite tant des représentants de la société civile que des agents à participer.",
                ),
            ],
        },
        "en": {
            "title": "How can government proactively help young people into working life?",
            "summary": 'An in-person ideation workshop of the "proactive administration" programme, open to civil society and public servants alike.',
            "body": [
                P(
                    'Reversing the administrative logic and reaching out to users, at the very least to tell them about the benefits they may be entitled to: that is the aim of the "proactive administration" programme, in which many administrations already take part. One of its strands concerns support for young people during their studies.',
                    "This in-person ideation workshop builds on field research and invites both civil society representatives and public servants to take part.",
                ),
            ],
        },
    },
    {
        "slug": "environnement-numerique-de-travail-des-agents",
        "slug_en": "public-servants-digital-workplace",
        "format": "atelier-participatif",
        "themes": ["experience-agent"],
        "organiser": "dinum",
        "sessions": [("2021-11-10", "10:00", "11:30")],
        "mode": "online",
        "seats": (80, 9),
        "fr": {
            "title": "Environnement numérique de travail des agents : quelles évolutions ?",
            "summary": "Les constats du baromètre numérique de l'agent 2021 et un atelier d'idéation pour améliorer l'environnement numérique de travail.",
            "body": [
                P(
                    "L'équipe Produits numériques partagés et la mission Transformation numérique de l'État présenteront les principaux constats issus du baromètre numérique de l'agent 2021 et proposeront un atelier d'idéation pour améliorer l'environnement numérique de travail des agents.",
                ),
            ],
        },
        "en": {
            "title": "Public servants' digital workplace: what should change?",
            "summary": "Findings of the 2021 public servant digital barometer and an ideation workshop to improve the digital workplace.",
            "body": [
                P(
                    "The Shared Digital Products team and the State Digital Transformation mission present the main findings of the 2021 public servant digital barometer and run an ideation workshop to improve public servants' digital workplace.",
                ),
            ],
        },
    },
    {
        "slug": "design-et-ecole",
        "slug_en": "design-and-schools",
        "format": "table-ronde",
        "themes": ["experience-usager"],
        "organiser": "ditp",
        "sessions": [("2021-11-10", "14:00", "16:00")],
        "mode": "online",
        "seats": (100, 6),
        "fr": {
            "title": "Design et école",
            "summary": "Comment intégrer les usages et les usagers dans la conception d'un établissement scolaire ?",
            "body": [
                P(
                    "Table ronde sur le design et l'école : comment intégrer les usages et les usagers dans la conception d'un établissement scolaire ?"
                ),
            ],
        },
        "en": {
            "title": "Design and schools",
            "summary": "How can uses and users be built into the design of a school?",
            "body": [
                P(
                    "A round table on design and schools: how can uses and users be built into the design of a school?"
                ),
            ],
        },
    },
    {
        "slug": "innovation-dans-le-secteur-de-l-audiovisuel",
        "slug_en": "innovation-in-broadcasting",
        "format": "table-ronde",
        "themes": ["relance-impact"],
        "organiser": "ditp",
        "sessions": [("2021-11-15", "10:00", "12:30")],
        "mode": "online",
        "seats": (120, 8),
        "fr": {
            "title": "Table ronde : innovation dans le secteur de l'audiovisuel",
            "summary": "France Télévisions, Radio France, l'INA et le CNC face aux nouveaux modes d'accès aux contenus audiovisuels.",
            "body": [
                P(
                    "Secteur en plein bouleversement face aux nouveaux modes d'accès aux contenus audiovisuels, contraint à nouveau de s'adapter avec la crise sanitaire, l'audiovisuel est un domaine en mutation profonde.",
                    "La table ronde réunira France Télévisions, Radio France, l'INA et le CNC.",
                ),
            ],
        },
        "en": {
            "title": "Round table: innovation in broadcasting",
            "summary": "France Télévisions, Radio France, INA and CNC on the new ways people access audiovisual content.",
            "body": [
                P(
                    "Upended by new ways of accessing audiovisual content and forced to adapt again by the health crisis, broadcasting is going through a deep transformation.",
                    "The round table brings together France Télévisions, Radio France, INA (the national audiovisual institute) and CNC (the national centre for cinema).",
                ),
            ],
        },
    },
    {
        "slug": "eco-responsabilite-sport-et-culture",
        "slug_en": "eco-responsibility-in-sport-and-culture",
        "format": "table-ronde",
        "themes": ["services-ecoresponsables"],
        "organiser": "ditp",
        "sessions": [("2021-11-15", "14:00", "17:30")],
        "mode": "online",
        "seats": (100, 7),
        "fr": {
            "title": "Éco-responsabilité dans les politiques publiques du sport et de la culture",
            "summary": "Comment les acteurs publics du sport et de la culture peuvent limiter l'impact écologique des grands événements.",
            "body": [
                P(
                    "Les secteurs de la culture et du sport regroupent de nombreux acteurs publics capables de mettre en place des postures écoresponsables susceptibles de limiter l'impact écologique d'évènements de grande ampleur.",
                    "Bien que de nature différente, ces deux secteurs sont à même d'échanger sur les enjeux et défis à venir en matière de pratiques et d'infrastructures écoresponsables ; ils peuvent aussi mutualiser certains objectifs et bonnes pratiques.",
                ),
            ],
        },
        "en": {
            "title": "Eco-responsibility in sport and culture policies",
            "summary": "How public bodies in sport and culture can limit the environmental impact of major events.",
            "body": [
                P(
                    "Culture and sport include many public bodies that can adopt eco-responsible practices to limit the environmental impact of large-scale events.",
                    "Different as they are, the two sectors can compare the challenges ahead for eco-responsible practices and infrastructure, and share some objectives and good practices.",
                ),
            ],
        },
    },
    {
        "slug": "l-usager-au-coeur-des-services-publics-accessibilites",
        "slug_en": "users-at-the-heart-of-public-services-accessibility",
        "format": "table-ronde",
        "themes": ["experience-usager"],
        "organiser": "ditp",
        "sessions": [("2021-11-16", "09:00", "12:30")],
        "mode": "hybrid",
        "region": "ile-de-france",
        "seats": (40, 38),
        "fr": {
            "title": "L'usager au cœur des services publics : gérer les différentes formes d'accessibilité",
            "summary": "Deux tables rondes sur l'accessibilité numérique, géographique, sémantique et relationnelle, et un atelier de jeu sérieux.",
            "body": [
                P(
                    "Comment la question de l'accessibilité se pose-t-elle en fonction des conditions de vie spécifiques de chaque usager ? Comment les administrations développent-elles des stratégies globales pour y parvenir ? Rendez-vous pour deux tables rondes :",
                    UL(
                        "« Accessibilité / accessibilités : gérer les accessibilités numérique, géographique, sémantique, relationnelle pour garantir l'universalité et l'égalité des services publics », avec la DINUM, Pôle emploi et une chercheuse ;",
                        "« Comprendre et accueillir les éloignés du numérique », avec Emmaüs Connect, France Services et une chercheuse.",
                    ),
                    "Au programme également, l'atelier « La relation de service dont vous êtes le héros » : participez à la conception d'un jeu sérieux sur la relation de confiance dans les services publics.",
                ),
            ],
        },
        "en": {
            "title": "Users at the heart of public services: handling the many forms of accessibility",
            "summary": "Two round tables on digital, geographic, language and relational accessibility, and a serious game workshop.",
            "body": [
                P(
                    "How does accessibility play out depending on each user's circumstances? How do administrations build overall strategies to achieve it? Join two round tables:",
                    UL(
                        '"Accessibility in all its forms: handling digital, geographic, language and relational accessibility to make public services universal and equal", with DINUM, Pôle emploi and a researcher;',
                        '"Understanding and welcoming people far from digital", with Emmaüs Connect, France Services and a researcher.',
                    ),
                    'Also on the programme, the workshop "The service relationship where you are the hero": help design a serious game about trust in public services.',
                ),
            ],
        },
    },
    {
        "slug": "innovation-ouverte-levier-de-transformation",
        "slug_en": "open-innovation-a-lever-for-public-transformation",
        "format": "table-ronde",
        "themes": ["participation-citoyenne"],
        "organiser": "ditp",
        "sessions": [("2021-11-16", "14:30", "16:00")],
        "mode": "online",
        "seats": (150, 10),
        "fr": {
            "title": "Innovation ouverte, un levier de transformation publique",
            "summary": "Comment créer des liens forts avec son environnement pour innover ?",
            "body": [
                P(
                    "Table ronde dédiée à la thématique de l'innovation ouverte. Comment créer des liens forts avec son environnement afin d'innover ? Comment structurer les méthodes de collaboration entre les acteurs internes et externes à la structure ?",
                ),
            ],
        },
        "en": {
            "title": "Open innovation, a lever for public transformation",
            "summary": "How can an organisation build strong ties with its surroundings in order to innovate?",
            "body": [
                P(
                    "A round table on open innovation. How can an organisation build strong ties with its surroundings in order to innovate? How can collaboration between people inside and outside the organisation be structured?",
                ),
            ],
        },
    },
    {
        "slug": "design-et-commande-publique",
        "slug_en": "design-and-public-procurement",
        "format": "table-ronde",
        "themes": ["experience-usager"],
        "organiser": "ditp",
        "sessions": [("2021-11-17", "14:00", "16:00")],
        "mode": "online",
        "seats": (100, 5),
        "fr": {
            "title": "Design et commande publique",
            "summary": "Témoignages croisés de commanditaires publics et de prestataires privés sur les marchés de design dans les établissements scolaires.",
            "body": [
                P(
                    "Témoignages croisés de commanditaires publics et de prestataires privés sur les modalités de mise en place d'un marché de design dans les établissements scolaires."
                ),
            ],
        },
        "en": {
            "title": "Design and public procurement",
            "summary": "Public buyers and private providers share their experience of design contracts for schools.",
            "body": [
                P(
                    "Public buyers and private providers compare their experience of setting up a design contract for schools."
                ),
            ],
        },
    },
    {
        "slug": "meetup-design-public-6-design-et-data",
        "slug_en": "public-design-meetup-6-design-and-data",
        "format": "rencontre",
        "themes": ["design"],
        "organiser": "ditp",
        "sessions": [("2021-11-17", "19:00", "21:30")],
        "mode": "on_site",
        "region": "ile-de-france",
        "seats": (30, 38),
        "fr": {
            "title": "Meetup Design public #6 : design et data",
            "summary": "L'apport du design aux projets qui utilisent des données publiques, à travers quatre retours d'expérience.",
            "body": [
                P(
                    "Ce meetup mettra en avant l'apport du design sur des projets utilisant des données publiques. Au programme : retour d'expérience de 4 projets menés au sein d'administrations, par des praticiens du design.",
                    "La rencontre sera suivie de questions et d'un échange entre les participants.",
                ),
            ],
        },
        "en": {
            "title": "Public Design Meetup #6: design and data",
            "summary": "What design brings to projects that use public data, through four experience reports.",
            "body": [
                P(
                    "This meetup highlights what design brings to projects that use public data. On the programme: four projects carried out in administrations, presented by design practitioners.",
                    "The talks are followed by questions and a discussion among participants.",
                ),
            ],
        },
    },
    {
        "slug": "design-au-service-de-l-interet-general",
        "slug_en": "design-for-the-general-interest",
        "format": "restitution",
        "themes": ["design", "participation-citoyenne"],
        "organiser": "ditp",
        "sessions": [("2021-11-18", "09:30", "10:30")],
        "mode": "online",
        "seats": (100, 5),
        "fr": {
            "title": "Le design au service de l'intérêt général : deux projets de recherche appliquée",
            "summary": "Deux jeunes designers de l'ENSCI et leurs partenaires institutionnels présentent deux projets de recherche appliquée.",
            "body": [
                P(
                    "Comment mobiliser les méthodes du design au service de l'intérêt général, pour améliorer les services et politiques publics ? Deux jeunes designers de l'ENSCI et leurs partenaires institutionnels témoignent autour de deux projets de recherche appliquée :",
                    UL(
                        "comment favoriser la participation citoyenne dans les petites communes, l'exemple de la ville de Beynes ;",
                        "comment repenser l'organisation spatiale des CROUS pour améliorer le bien-être des étudiants vivant en collectivité.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "Design for the general interest: two applied research projects",
            "summary": "Two young designers from ENSCI and their institutional partners present two applied research projects.",
            "body": [
                P(
                    "How can design methods serve the general interest and improve public services and policies? Two young designers from ENSCI (the national school of industrial design) and their institutional partners present two applied research projects:",
                    UL(
                        "how to encourage citizen participation in small municipalities, with the example of the town of Beynes;",
                        "how to rethink the layout of CROUS student residences to improve the well-being of students living together.",
                    ),
                ),
            ],
        },
    },
    {
        "slug": "jeudi-de-l-experience-usagers",
        "slug_en": "user-experience-thursday",
        "format": "webinaire",
        "themes": ["experience-usager"],
        "organiser": "ditp",
        "sessions": [("2021-11-18", "13:00", "14:00")],
        "mode": "online",
        "seats": (200, 12),
        "fr": {
            "title": "« Jeudi de l'expérience usagers » spécial Mois de l'innovation publique",
            "summary": "La stratégie de relation de service de la Caisse nationale des allocations familiales et son projet de connexion à la personne.",
            "body": [
                P(
                    "Les « jeudis de l'expérience usagers » rassemblent les experts de la relation de service et de la relation à l'usager dans les services publics.",
                    "Venez découvrir la stratégie globale de relation de service de la Caisse nationale des allocations familiales et son projet de connexion à la personne.",
                ),
            ],
        },
        "en": {
            "title": '"User Experience Thursday": Public Innovation Month special',
            "summary": "The service relationship strategy of the national family allowance fund and its person-centred connection project.",
            "body": [
                P(
                    '"User Experience Thursdays" bring together experts in service relationships and user relations in public services.',
                    "Discover the overall service relationship strategy of the national family allowance fund (CNAF) and its person-centred connection project.",
                ),
            ],
        },
    },
    {
        "slug": "financement-et-innovation",
        "slug_en": "funding-and-innovation",
        "format": "table-ronde",
        "themes": ["relance-impact"],
        "organiser": "sgpi",
        "sessions": [("2021-11-18", "18:00", "20:00")],
        "mode": "hybrid",
        "region": "ile-de-france",
        "seats": (80, 7),
        "fr": {
            "title": "Financement et innovation : du financement de l'innovation aux nouvelles méthodes d'évaluation",
            "summary": "Une table ronde du SGPI et de la DITP sur le financement public de l'innovation et la mesure de son impact.",
            "body": [
                P(
                    "De nombreux dispositifs de financement soutiennent le tissu économique : investissement à l'étranger pour le développement économique, subvention d'innovation de rupture, dispositifs de soutien… Le financement public ne fait pas exception aux bouleversements liés à l'innovation : il la soutient fortement, mais renouvelle aussi les méthodes et outils mis en place pour apprécier son impact.",
                    "Le SGPI, en partenariat avec la DITP, organise une table ronde prolongée d'un temps de questions-réponses avec la salle.",
                ),
            ],
        },
        "en": {
            "title": "Funding and innovation: from funding innovation to new ways of evaluating it",
            "summary": "A round table by the SGPI and the DITP on public funding for innovation and how to measure its impact.",
            "body": [
                P(
                    "Many funding schemes support the economy: investment abroad for economic development, grants for breakthrough innovation, support schemes… Public funding is no exception to the upheavals brought by innovation: it strongly supports innovation, but also renews the methods and tools used to assess its impact.",
                    "The SGPI (General Secretariat for Investment), with the DITP, holds a round table followed by questions and answers with the audience.",
                ),
            ],
        },
    },
    {
        "slug": "le-coaching-10-ans-d-accompagnement",
        "slug_en": "coaching-10-years-of-supporting-public-transformation",
        "format": "conference",
        "themes": ["experience-agent"],
        "organiser": "ditp",
        "sessions": [("2021-11-22", "09:30", "17:00")],
        "mode": "hybrid",
        "region": "ile-de-france",
        "seats": (90, 8),
        "fr": {
            "title": "Le coaching : 10 ans d'accompagnement de la transformation publique",
            "summary": "Le coaching au sein du service public : pour quels besoins, comment, avec qui, et quelles évolutions ?",
            "body": [
                P(
                    "Coaching au sein du service public : pour répondre à quels enjeux et besoins ? Comment faire ? Avec qui ? Quelles évolutions souhaitables ou redoutées ?"
                ),
            ],
        },
        "en": {
            "title": "Coaching: 10 years of supporting public transformation",
            "summary": "Coaching in the public service: for which needs, how, with whom, and where is it heading?",
            "body": [
                P(
                    "Coaching in the public service: which challenges and needs does it answer? How is it done? With whom? Which changes do we hope for, and which do we fear?"
                ),
            ],
        },
    },
    {
        "slug": "la-confiance-pour-tous",
        "slug_en": "trust-for-all",
        "format": "conference",
        "themes": ["experience-agent", "experience-usager"],
        "organiser": "ditp",
        "sessions": [("2021-11-23", "09:00", "12:30")],
        "mode": "online",
        "seats": (150, 10),
        "fr": {
            "title": "La confiance pour tous !",
            "summary": "La confiance envers les usagers commence par la confiance construite avec les agents : une rencontre avec experts, universitaires et praticiens.",
            "body": [
                P(
                    "La confiance irrigue la transformation publique sur toute la chaîne de l'action publique, car la confiance envers les usagers commence par la confiance construite avec les agents.",
                    "Une rencontre avec des experts, des universitaires et des praticiens.",
                ),
            ],
        },
        "en": {
            "title": "Trust for all!",
            "summary": "Trust in users starts with trust built with public servants: a meeting with experts, academics and practitioners.",
            "body": [
                P(
                    "Trust runs through public transformation along the whole chain of public action, because trust in users starts with the trust built with public servants.",
                    "A meeting with experts, academics and practitioners.",
                ),
            ],
        },
    },
    {
        "slug": "journee-d-etude-confiance-et-management",
        "slug_en": "study-day-trust-and-management",
        "format": "journee-d-etude",
        "themes": ["experience-agent"],
        "organiser": "ditp",
        "sessions": [("2021-11-23", "14:00", "16:30")],
        "mode": "online",
        "seats": (120, 6),
        "fr": {
            "title": "Journée d'étude sur la confiance et le management : comment développer et entretenir la confiance au sein d'une organisation ?",
            "summary": "Chercheurs et praticiens se rencontrent autour de la confiance et du management.",
            "body": [
                P(
                    "Cette session sera l'occasion d'approfondir la thématique de la confiance et du management, en faisant se rencontrer chercheurs et praticiens autour de questions clés.",
                    "Une table ronde autour de deux questions : « Comment se forme la confiance au sein des organisations ? » et « Quels liens entre confiance et qualité de vie au travail ? »",
                ),
            ],
        },
        "en": {
            "title": "Study day on trust and management: how can trust be built and maintained within an organisation?",
            "summary": "Researchers and practitioners meet to discuss trust and management.",
            "body": [
                P(
                    "This session explores trust and management in more depth by bringing researchers and practitioners together around key questions.",
                    'A round table on two questions: "How does trust form within organisations?" and "How are trust and quality of working life linked?"',
                ),
            ],
        },
    },
    {
        "slug": "collectivites-outils-dinum-anct",
        "slug_en": "local-authorities-dinum-and-anct-tools",
        "format": "webinaire",
        "themes": ["relance-impact"],
        "organiser": "anct",
        "sessions": [("2021-11-24", "10:00", "11:30")],
        "mode": "online",
        "seats": (300, 13),
        "fr": {
            "title": "Collectivités territoriales : la DINUM et l'ANCT présentent leurs outils pour accélérer les projets de transformation numérique",
            "summary": "Les outils opérationnels et les financements de la DINUM et de l'ANCT pour les projets numériques des collectivités.",
            "body": [
                P(
                    "Vous êtes une collectivité territoriale et vous voulez lancer ou accélérer des projets de transformation numérique (données, démarches en ligne, nouveaux services numériques…) ? Vous souhaitez identifier des leviers de transformation numérique de vos politiques publiques en découvrant des projets mis en œuvre dans d'autres collectivités ?",
                    "Cet atelier est l'occasion de vous présenter différents outils opérationnels et de financements mis à votre disposition par la DINUM et l'ANCT pour vous accompagner.",
                ),
            ],
        },
        "en": {
            "title": "Local authorities: DINUM and ANCT present their tools to speed up digital transformation projects",
            "summary": "The practical tools and funding DINUM and ANCT offer for local authorities' digital projects.",
            "body": [
                P(
                    "Is your local authority looking to launch or speed up digital transformation projects (data, online procedures, new digital services…)? Would you like to find levers for the digital transformation of your policies by discovering projects carried out by other local authorities?",
                    "This workshop presents the practical tools and funding that DINUM and ANCT (the national agency for territorial cohesion) make available to support you.",
                ),
            ],
        },
    },
    {
        "slug": "travail-en-mode-hybride-et-maintenant",
        "slug_en": "hybrid-working-what-next",
        "format": "table-ronde",
        "themes": ["experience-agent"],
        "organiser": "dgafp",
        "sessions": [("2021-11-24", "10:30", "12:30")],
        "mode": "online",
        "seats": (250, 15),
        "fr": {
            "title": "Travail en mode hybride, et maintenant ?",
            "summary": "Une table ronde de la DINUM, de la DGAFP et de la DITP sur l'organisation et les pratiques du travail hybride.",
            "body": [
                P(
                    "Le télétravail s'installe désormais de façon pérenne et invite les collectifs à s'organiser en mode hybride, à distance et sur site : quelle nouvelle organisation du travail induite ? Quelle transformation des pratiques de travail ?",
                    "L'événement se tiendra sous forme d'une table ronde regroupant des praticiens menant ou ayant mené des transformations des modes et pratiques de travail.",
                ),
            ],
        },
        "en": {
            "title": "Hybrid working: what next?",
            "summary": "A round table by DINUM, DGAFP and DITP on how hybrid working is organised and practised.",
            "body": [
                P(
                    "Remote working is here to stay and leads teams to organise themselves in hybrid mode, remotely and on site: what new work organisation does this bring? How do working practices change?",
                    "The event takes the form of a round table with practitioners who are leading, or have led, changes in ways of working.",
                ),
            ],
        },
    },
    {
        "slug": "sciences-comportementales-politiques-publiques",
        "slug_en": "behavioural-science-for-public-policy",
        "format": "conference",
        "themes": ["relance-impact"],
        "organiser": "ditp",
        "sessions": [("2021-11-24", "16:15", "17:30")],
        "mode": "online",
        "seats": (150, 7),
        "fr": {
            "title": "Sciences comportementales appliquées aux politiques publiques : retour d'expériences et perspectives",
            "summary": "Comment la DITP prend en compte le facteur humain dans ses projets avec les administrations.",
            "body": [
                P(
                    "Depuis plusieurs années, la Direction interministérielle de la transformation publique mobilise l'approche comportementale dans de nombreux projets avec des administrations. Comment se pratique cette prise en compte du facteur humain ? Quelles formes d'optimisation de l'action publique propose-t-elle ?",
                    "Éléments de réponse avec l'équipe sciences comportementales de la DITP et quelques-uns de ses partenaires institutionnels.",
                ),
            ],
        },
        "en": {
            "title": "Behavioural science applied to public policy: lessons learned and outlook",
            "summary": "How the DITP takes the human factor into account in its projects with administrations.",
            "body": [
                P(
                    "For several years the Interministerial Directorate for Public Transformation has used behavioural approaches in many projects with administrations. How is the human factor taken into account in practice? What improvements to public action does it offer?",
                    "Answers from the DITP's behavioural science team and some of its institutional partners.",
                ),
            ],
        },
    },
    {
        "slug": "afterwork-gouvernement-ouvert",
        "slug_en": "open-government-afterwork",
        "format": "rencontre",
        "themes": ["participation-citoyenne"],
        "organiser": "ditp",
        "sessions": [("2021-11-24", "18:00", "20:00")],
        "mode": "on_site",
        "region": "ile-de-france",
        "seats": (40, 14),
        "fr": {
            "title": "Afterwork Gouvernement ouvert",
            "summary": "Un temps d'échanges avec les contributeurs et participants au Partenariat pour un gouvernement ouvert.",
            "body": [
                P(
                    "Temps d'échanges avec les contributeurs et participants au Partenariat pour un gouvernement ouvert. Au programme : débat autour du processus de co-construction des engagements."
                ),
            ],
        },
        "en": {
            "title": "Open Government afterwork",
            "summary": "An informal exchange with contributors to and participants in the Open Government Partnership.",
            "body": [
                P(
                    "An informal exchange with contributors to and participants in the Open Government Partnership. On the programme: a debate on how the commitments are co-created."
                ),
            ],
        },
    },
    {
        "slug": "portes-ouvertes-transformation-numerique-de-l-etat",
        "slug_en": "open-day-state-digital-transformation",
        "format": "portes-ouvertes",
        "themes": ["relance-impact"],
        "organiser": "dinum",
        "sessions": [("2021-11-25", "09:00", "17:30")],
        "mode": "on_site",
        "region": "ile-de-france",
        "venue_name": "DINUM, site Ségur-Fontenoy",
        "venue_address": "20 avenue de Ségur, 75007 Paris",
        "seats": (60, 15),
        "fr": {
            "title": "Journée portes ouvertes : transformation numérique de l'État",
            "summary": "Rencontrez l'équipe Transfo de la DINUM sur le site de Ségur et partagez vos enjeux de transformation numérique.",
            "body": [
                P(
                    "Vous souhaitez être éclairé ou orienté sur les sujets relatifs au numérique pour vous aider à transformer votre organisation (données, démarches en ligne, innovation, produits numériques…) ? Vous souhaitez en savoir plus sur les moyens d'action de la DINUM pour accélérer le déploiement de vos politiques publiques grâce au numérique ?",
                    "Nous vous proposons une journée portes ouvertes sur le site de Ségur, afin de rencontrer l'équipe Transfo, découvrir ses missions et partager vos grands enjeux de transformation numérique.",
                ),
            ],
        },
        "en": {
            "title": "Open day: digital transformation of the State",
            "summary": "Meet DINUM's Transfo team at the Ségur site and share your digital transformation challenges.",
            "body": [
                P(
                    "Would you like advice or guidance on digital topics to help transform your organisation (data, online procedures, innovation, digital products…)? Would you like to know how DINUM can help you roll out your public policies faster with digital tools?",
                    "Join us for an open day at the Ségur site to meet the Transfo team, discover its work and share your main digital transformation challenges.",
                ),
            ],
        },
    },
    {
        "slug": "masterclass-fonds-d-innovation-rh",
        "slug_en": "hr-innovation-fund-masterclass",
        "format": "atelier-participatif",
        "themes": ["experience-agent"],
        "organiser": "dgafp",
        "host_lab": "la-fabrique-rh",
        "sessions": [("2021-11-25", "10:00", "16:00")],
        "mode": "hybrid",
        "region": "ile-de-france",
        "seats": (30, 29),
        "fr": {
            "title": "Masterclass : Fonds d'innovation RH",
            "summary": "Ateliers courts, témoignages et retours d'expérience d'anciens lauréats pour candidater au Fonds d'innovation RH.",
            "body": [
                P(
                    "Dans le cadre de l'appel à projets de l'année prochaine, la Direction générale de l'administration et de la fonction publique (DGAFP), en partenariat avec la préfecture de la région d'Île-de-France et la Fabrique RH, vous propose une masterclass sur le Fonds d'innovation RH (FIRH).",
                    "Des ateliers thématiques en format court, complétés par des témoignages et des retours d'expériences d'anciens lauréats, vous seront proposés tout au long de la journée afin de vous permettre de candidater en mettant toutes les chances de votre côté et de bénéficier d'un financement.",
                ),
            ],
        },
        "en": {
            "title": "Masterclass: HR Innovation Fund",
            "summary": "Short workshops, testimonies and lessons from past winners to help you apply to the HR Innovation Fund.",
            "body": [
                P(
                    "Ahead of next year's call for projects, the Directorate General for Administration and the Civil Service (DGAFP), with the Prefecture of the Île-de-France region and La Fabrique RH, offers a masterclass on the HR Innovation Fund (FIRH).",
                    "Short thematic workshops, testimonies and lessons from past winners run throughout the day to help you submit the strongest possible application and obtain funding.",
                ),
            ],
        },
    },
    {
        "slug": "eig-porter-un-projet-numerique-dans-votre-territoire",
        "slug_en": "eig-leading-a-digital-project-in-your-area",
        "format": "webinaire",
        "themes": ["talents-numeriques", "relance-impact"],
        "organiser": "dinum",
        "sessions": [("2021-11-25", "14:00", "15:00")],
        "mode": "online",
        "seats": (200, 11),
        "fr": {
            "title": "Les Entrepreneurs d'intérêt général vous aident à porter un projet d'innovation numérique dans votre territoire",
            "summary": "Découvrez le programme et son prochain appel à projets, ouvert aux collectivités et aux services déconcentrés de l'État.",
            "body": [
                P(
                    "Le programme Entrepreneurs d'intérêt général lancera mi-janvier son prochain appel à projets, à destination des administrations publiques désireuses de mener un projet numérique innovant, sur tous les territoires. Le programme souhaite soutenir davantage de projets portés au sein des collectivités territoriales et des services déconcentrés de l'État.",
                    "Participez au webinaire pour découvrir le programme et échanger autour de cet appel à projets.",
                ),
            ],
        },
        "en": {
            "title": "Public Interest Entrepreneurs help you lead a digital innovation project in your area",
            "summary": "Discover the programme and its next call for projects, open to local authorities and to the State's local services.",
            "body": [
                P(
                    "In mid-January the Public Interest Entrepreneurs programme launches its next call for projects for public administrations that want to run an innovative digital project, anywhere in the country. The programme wants to support more projects led by local authorities and the State's local services.",
                    "Join the webinar to discover the programme and discuss the call for projects.",
                ),
            ],
        },
    },
    {
        "slug": "webinaire-administration-zero-papier",
        "slug_en": "paperless-administration-webinar",
        "format": "webinaire",
        "themes": ["services-ecoresponsables", "experience-agent"],
        "organiser": "ditp",
        "sessions": [("2021-11-25", "15:30", "17:00")],
        "mode": "online",
        "seats": (200, 8),
        "fr": {
            "title": "Webinaire « Administration 0 papier »",
            "summary": "Casser les idées reçues sur la dématérialisation, avec les retours d'expérience de chefs de projet de l'administration.",
            "body": [
                P(
                    "Une rencontre destinée à casser les idées reçues et les lieux communs relatifs aux projets de dématérialisation, en s'appuyant notamment sur les retours d'expérience de chefs de projet de l'administration."
                ),
            ],
        },
        "en": {
            "title": '"Paperless administration" webinar',
            "summary": "Breaking the myths about going paperless, with lessons from government project managers.",
            "body": [
                P(
                    "A meeting to break the myths and clichés about paperless projects, drawing in particular on the experience of government project managers."
                ),
            ],
        },
    },
    {
        "slug": "culture-commune-des-administrations",
        "slug_en": "a-shared-culture-across-administrations",
        "format": "webinaire",
        "themes": ["experience-agent"],
        "organiser": "dgafp",
        "sessions": [("2021-11-26", "10:00", "11:30")],
        "mode": "online",
        "seats": (150, 7),
        "fr": {
            "title": "Favoriser l'affirmation d'une culture commune des administrations : partager des valeurs communes et redonner du sens au collectif de travail",
            "summary": "La démarche de la DGAFP pour identifier et évaluer l'impact de la culture d'une organisation publique.",
            "body": [
                P(
                    "La DGAFP vous propose de participer à un webinaire autour de la culture d'administration. Grâce à une méthodologie et un outil spécifiques, elle propose aux organisations publiques volontaires une approche permettant à la fois d'identifier et d'évaluer l'impact de la culture existante au sein de leur structure, en réinterrogeant leurs modes de fonctionnement.",
                    "Les objectifs de ce webinaire : présenter la démarche de la DGAFP et les différents accompagnements réalisés au sein de structures publiques, et partager les retours d'expérience des représentants de ces structures.",
                ),
            ],
        },
        "en": {
            "title": "Building a shared culture across administrations: common values and a renewed sense of purpose at work",
            "summary": "The DGAFP's approach to identifying and assessing the impact of a public organisation's culture.",
            "body": [
                P(
                    "The DGAFP invites you to a webinar on administrative culture. With a dedicated method and tool, it offers volunteer public organisations a way to identify and assess the impact of their existing culture by questioning how they work.",
                    "The aims of the webinar: presenting the DGAFP's approach and the support it has given to public organisations, and sharing the experience of their representatives.",
                ),
            ],
        },
    },
    {
        "slug": "atelier-de-co-creation-du-kit-cerfa",
        "slug_en": "co-creating-the-cerfa-kit",
        "format": "atelier-participatif",
        "themes": ["experience-usager"],
        "organiser": "ditp",
        "sessions": [("2021-11-26", "14:00", "16:00")],
        "mode": "online",
        "seats": (20, 20),
        "waitlist": False,
        "fr": {
            "title": "Atelier de co-création du kit Cerfa",
            "summary": "Confrontez la première version du kit Cerfa à votre pratique de rédacteur de formulaires.",
            "body": [
                P(
                    "Créer ou modifier un formulaire et le rendre plus simple pour l'usager, ce n'est pas simple ! Pour accompagner les administrations dans la refonte de leurs formulaires Cerfa, la DITP produit le kit Cerfa.",
                    "Cet atelier de travail est l'occasion de confronter une première version du kit aux agents chargés des Cerfa dans une perspective de co-construction.",
                ),
            ],
        },
        "en": {
            "title": "Co-creation workshop for the Cerfa kit",
            "summary": "Test the first version of the Cerfa kit against your practice as a form writer.",
            "body": [
                P(
                    "Creating or changing a form and making it simpler for users is not simple! To help administrations redesign their Cerfa forms (the official administrative forms), the DITP is producing the Cerfa kit.",
                    "This working session puts a first version of the kit in front of the public servants who write Cerfa forms, so that it can be built together.",
                ),
            ],
        },
    },
    # Territorial innovation labs
    {
        "slug": "portes-ouvertes-labase",
        "slug_en": "labase-open-day",
        "format": "portes-ouvertes",
        "themes": ["experience-agent"],
        "organiser": "labase",
        "host_lab": "labase",
        "sessions": [("2021-11-08", "09:30", "12:00")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "nouvelle-aquitaine",
        "venue_name": "LaBase",
        "seats": (30, 9),
        "fr": {
            "title": "Portes ouvertes de LaBase",
            "summary": "Venez découvrir LaBase autour d'un café convivial : feuille de route, activités, chantiers en cours et projets à proposer.",
            "body": [
                P(
                    "Venez découvrir LaBase autour d'un café convivial : quelle est la feuille de route de l'année ? Quelles sont les activités dont vous pouvez bénéficier ? Quels sont les chantiers en cours ? Comment s'y impliquer ? Comment proposer des projets ? Comment incuber de nouvelles idées ?",
                    "Et toutes les questions et propositions que vous aurez envie de partager.",
                ),
            ],
        },
        "en": {
            "title": "LaBase open day",
            "summary": "Come and discover LaBase over a friendly coffee: roadmap, activities, work in progress and projects you can propose.",
            "body": [
                P(
                    "Come and discover LaBase over a friendly coffee: what is this year's roadmap? Which activities can you benefit from? What work is under way? How can you get involved, propose projects and incubate new ideas?",
                    "Bring any other questions and suggestions you would like to share.",
                ),
            ],
        },
    },
    {
        "slug": "serious-game-30-jours-pour-teletravailler",
        "slug_en": "serious-game-30-days-to-work-from-home",
        "format": "serious-game",
        "themes": ["experience-agent"],
        "organiser": "etatlin",
        "host_lab": "etat-lin",
        "sessions": [("2021-11-16", "10:00", "11:30"), ("2021-11-16", "14:00", "15:30")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "pays-de-la-loire",
        "venue_name": "Etat'LIN",
        "seats": (12, 15),
        "fr": {
            "title": "Serious game : 30 jours pour télétravailler",
            "summary": "Autour d'un plateau de jeu digital, échangez sur le travail à distance et construisez une vision partagée des bonnes pratiques.",
            "body": [
                P(
                    "Dans le cadre d'un atelier d'une durée d'une heure trente, les participants, regroupés autour d'un plateau de jeu digital, pourront échanger sur le travail à distance en interagissant avec leur téléphone portable et construire une vision partagée autour de bonnes pratiques."
                ),
            ],
        },
        "en": {
            "title": "Serious game: 30 days to work from home",
            "summary": "Around a digital game board, discuss remote working and build a shared view of good practices.",
            "body": [
                P(
                    "In a one-and-a-half-hour workshop, participants gather around a digital game board, interact with their mobile phones to discuss remote working and build a shared view of good practices."
                ),
            ],
        },
    },
    {
        "slug": "portes-ouvertes-etat-lin",
        "slug_en": "etat-lin-open-days",
        "format": "portes-ouvertes",
        "themes": ["experience-agent"],
        "organiser": "etatlin",
        "host_lab": "etat-lin",
        "sessions": [
            ("2021-11-05", "10:00", "12:00"),
            ("2021-11-19", "10:00", "12:00"),
            ("2021-11-26", "10:00", "12:00"),
        ],
        "assumed_times": True,
        "mode": "on_site",
        "region": "pays-de-la-loire",
        "venue_name": "Etat'LIN",
        "seats": (20, 6),
        "fr": {
            "title": "Portes ouvertes du laboratoire d'innovation Etat'LIN",
            "summary": "Trois matinées pour découvrir le laboratoire d'innovation territoriale de l'État en Pays de la Loire.",
            "body": [
                P(
                    "Le laboratoire Etat'LIN ouvre ses portes trois matinées pendant le Mois de l'innovation publique : venez découvrir ses espaces, ses méthodes et les projets qu'il accompagne."
                ),
            ],
        },
        "en": {
            "title": "Etat'LIN innovation lab open days",
            "summary": "Three mornings to discover the State's territorial innovation lab in Pays de la Loire.",
            "body": [
                P(
                    "The Etat'LIN lab opens its doors on three mornings during Public Innovation Month: come and discover its spaces, its methods and the projects it supports."
                ),
            ],
        },
    },
    {
        "slug": "imaginons-les-services-publics-de-demain",
        "slug_en": "imagining-tomorrows-public-services",
        "format": "serious-game",
        "themes": ["experience-usager"],
        "organiser": "lab-est",
        "host_lab": "lab-est",
        "sessions": [("2021-11-26", "09:00", "17:00")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "grand-est",
        "seats": (25, 21),
        "fr": {
            "title": "Imaginons les services publics de demain : quels impacts pour nos usagers en 2031 ?",
            "summary": "Une matinée de design prospectif et une après-midi d'ateliers pour anticiper l'avenir du service rendu à l'usager.",
            "body": [
                P(
                    "Basée sur une matinée de design prospectif (serious game) et une après-midi d'ateliers, cette journée dédiée à l'usager a pour objectif d'éclairer les services représentés (État, collectivités, fonction publique hospitalière, établissements publics) sur l'avenir du service rendu à l'usager et d'anticiper les futures évolutions de cette relation."
                ),
            ],
        },
        "en": {
            "title": "Imagining tomorrow's public services: what will change for our users ten years from now?",
            "summary": "A morning of speculative design and an afternoon of workshops to anticipate the future of public service.",
            "body": [
                P(
                    "With a morning of speculative design (a serious game) and an afternoon of workshops, this day devoted to users aims to give the services taking part (State, local authorities, public hospitals, public institutions) insight into the future of the service they provide and to anticipate how this relationship will change."
                ),
            ],
        },
    },
    {
        "slug": "evenement-ouvert-a-tous-au-siilab",
        "slug_en": "siilab-open-event",
        "format": "atelier-participatif",
        "themes": ["experience-usager"],
        "organiser": "siilab",
        "host_lab": "siilab",
        "sessions": [("2021-11-17", "09:30", "16:30")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "hauts-de-france",
        "venue_name": "Siilab",
        "seats": (30, 27),
        "fr": {
            "title": "Événement ouvert à tous au Siilab",
            "summary": "Accessibilité numérique, atelier FALC avec l'ESAT de Dunkerque et atelier Picto Access : le Siilab partage ses projets avec les publics.",
            "body": [
                P(
                    "Le Siilab organise un événement ouvert à tous pour partager ses actions et projets en lien direct avec les publics. Figurent notamment au programme :",
                    UL(
                        "une présentation sur le thème de l'accessibilité numérique, « le Web facile pour tous » ;",
                        "un atelier FALC (facile à lire et à comprendre) animé par l'ESAT de Dunkerque ;",
                        "un atelier animé par Picto Access.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "Siilab open event",
            "summary": "Digital accessibility, an easy-to-read workshop with the Dunkirk ESAT and a Picto Access workshop: Siilab shares its projects with the public.",
            "body": [
                P(
                    "Siilab holds an event open to all to share its actions and projects directly with the public. The programme includes:",
                    UL(
                        'a talk on digital accessibility, "an easy web for everyone";',
                        "an easy-to-read-and-understand (FALC) workshop run by the Dunkirk ESAT (a sheltered employment organisation);",
                        "a workshop run by Picto Access.",
                    ),
                ),
            ],
        },
    },
    {
        "slug": "fabriquer-un-capteur-environnemental",
        "slug_en": "build-an-air-quality-sensor",
        "format": "atelier-participatif",
        "themes": ["services-ecoresponsables", "donnees"],
        "organiser": "ti-lab",
        "host_lab": "ti-lab",
        "sessions": [("2021-11-23", "14:00", "17:00")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "bretagne",
        "venue_name": "Ti-Lab",
        "seats": (16, 15),
        "fr": {
            "title": "Venez fabriquer un capteur environnemental pour mesurer la qualité de l'air !",
            "summary": "Avec des technologies ouvertes et faciles d'accès, fabriquez des capteurs dont les données alimentent une carte citoyenne.",
            "body": [
                P(
                    "À l'aide de technologies ouvertes et très faciles d'accès, vous contribuerez durant l'atelier à la fabrication de capteurs environnementaux. Ceux-ci, une fois installés, produisent des données sur la qualité de l'air, qui peuvent être regroupées sur une carte interactive partagée et citoyenne."
                ),
            ],
        },
        "en": {
            "title": "Come and build an environmental sensor to measure air quality!",
            "summary": "With open, easy-to-use technology, build sensors whose data feeds a shared citizen map.",
            "body": [
                P(
                    "Using open and very accessible technology, you will help build environmental sensors during the workshop. Once installed, they produce air quality data that can be gathered on a shared, interactive citizen map."
                ),
            ],
        },
    },
    {
        "slug": "visite-et-decouverte-du-ti-lab",
        "slug_en": "visit-the-ti-lab",
        "format": "portes-ouvertes",
        "themes": ["experience-agent"],
        "organiser": "ti-lab",
        "host_lab": "ti-lab",
        "sessions": [("2021-12-07", "14:00", "17:00")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "bretagne",
        "venue_name": "Ti-Lab",
        "seats": (25, 9),
        "fr": {
            "title": "Visite et découverte du Ti-Lab",
            "summary": "Le Ti-Lab ouvre ses portes pour faire découvrir ses projets et rencontrer son équipe.",
            "body": [
                P(
                    "Le Ti-Lab propose des portes ouvertes pour vous faire découvrir les projets menés et rencontrer son équipe."
                ),
            ],
        },
        "en": {
            "title": "Visit and discover the Ti-Lab",
            "summary": "Ti-Lab opens its doors to show its projects and let you meet its team.",
            "body": [
                P(
                    "Ti-Lab holds an open afternoon so that you can discover the projects it has carried out and meet its team."
                ),
            ],
        },
    },
    {
        "slug": "marathon-creatif-accueil-prefecture-ardeche",
        "slug_en": "creative-marathon-ardeche-prefecture-reception",
        "format": "hackathon",
        "themes": ["experience-usager"],
        "organiser": "lab-archipel",
        "host_lab": "lab-archipel",
        "sessions": [("2021-11-24", "09:00", "17:00")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "auvergne-rhone-alpes",
        "venue_name": "Préfecture de l'Ardèche",
        "venue_address": "Privas (Ardèche)",
        "seats": (30, 28),
        "fr": {
            "title": "Marathon créatif : redessiner collectivement l'accueil des usagers de la préfecture",
            "summary": "Repenser l'accueil des usagers de la préfecture de l'Ardèche avec les agents, les usagers, les commerçants et les associations.",
            "body": [
                P(
                    "Le Lab @RCHIPEL accompagne la préfecture de l'Ardèche dans sa réflexion. Il vous donne rendez-vous pour repenser l'accueil des usagers, en associant les agents, les usagers, les commerçants et les associations."
                ),
            ],
        },
        "en": {
            "title": "Creative marathon: redesigning together how the prefecture welcomes the public",
            "summary": "Rethinking how the Prefecture of Ardèche welcomes the public, with staff, users, shopkeepers and associations.",
            "body": [
                P(
                    "Lab @RCHIPEL supports the Prefecture of Ardèche in its thinking. Join us to rethink how the public is welcomed, together with staff, users, shopkeepers and associations."
                ),
            ],
        },
    },
    {
        "slug": "construire-le-lab-de-bourgogne-franche-comte",
        "slug_en": "building-the-bourgogne-franche-comte-lab",
        "format": "atelier-participatif",
        "themes": ["relance-impact"],
        "organiser": "lab-bourgogne-franche-comte",
        "host_lab": "lab-bourgogne-franche-comte",
        "sessions": [("2021-11-26", "09:30", "12:30")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "bourgogne-franche-comte",
        "seats": (25, 8),
        "fr": {
            "title": "Participez à la construction du lab de l'innovation publique de l'État en Bourgogne-Franche-Comté",
            "summary": "Un atelier « sérieux sans se prendre au sérieux » avec l'Institut du design thinking, sur les valeurs et services du futur lab.",
            "body": [
                P(
                    "Un atelier « sérieux sans se prendre au sérieux » avec l'Institut du design thinking, permettant d'arriver à des débuts de solutions concrètes concernant les valeurs et les services proposés par le futur lab de l'État.",
                    "Des témoignages de responsables de labs viendront nourrir les réflexions des participants.",
                ),
            ],
        },
        "en": {
            "title": "Help build the State's public innovation lab in Bourgogne-Franche-Comté",
            "summary": 'A "serious but not too serious" workshop with the Design Thinking Institute on the values and services of the future lab.',
            "body": [
                P(
                    'A "serious but not too serious" workshop with the Design Thinking Institute to reach the first concrete answers about the values and services the future State lab will offer.',
                    "Lab managers will share their experience to feed participants' thinking.",
                ),
            ],
        },
    },
    # State services and central administrations
    {
        "slug": "remarquables-espaces-proteges-deux-sevres",
        "slug_en": "remarkable-protected-areas-of-deux-sevres",
        "format": "rencontre",
        "themes": ["services-ecoresponsables"],
        "organiser": "drac-nouvelle-aquitaine",
        "sessions": [("2021-11-01", "14:00", "17:30")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "nouvelle-aquitaine",
        "seats": (60, 9),
        "fr": {
            "title": "Remarquables !",
            "summary": "Les rencontres des espaces protégés des Deux-Sèvres : bonnes pratiques de gestion et projets structurants autour d'un patrimoine commun.",
            "body": [
                P(
                    "Les espaces protégés des Deux-Sèvres sont réunis par l'attention que tous portent à un patrimoine vivant et de projet, comme le montre l'implication de nombreuses collectivités dans les programmes Action cœur de ville et Petites villes de demain.",
                    "Les rencontres « Remarquables ! » seront l'occasion d'échanger sur les bonnes pratiques de gestion et de présenter des projets structurants menés par les acteurs publics autour de ce patrimoine que nous avons en commun.",
                ),
            ],
        },
        "en": {
            "title": "Remarkable!",
            "summary": "A meeting of the protected areas of Deux-Sèvres: good management practices and major projects around a shared heritage.",
            "body": [
                P(
                    "The protected areas of Deux-Sèvres share a common care for a living heritage that drives projects, as shown by the many local authorities taking part in the Action Cœur de Ville and Petites Villes de Demain town centre programmes.",
                    'The "Remarkable!" meetings are a chance to exchange good management practices and present major projects carried out by public bodies around this heritage we all share.',
                ),
            ],
        },
    },
    {
        "slug": "exposition-travaux-d-ecole",
        "slug_en": "school-works-exhibition",
        "format": "exposition",
        "themes": ["experience-usager", "design"],
        "organiser": "ministere-education",
        "sessions": [
            ("2021-11-02", "10:00", "18:00"),
            ("2021-11-03", "10:00", "18:00"),
            ("2021-11-04", "10:00", "18:00"),
            ("2021-11-05", "10:00", "18:00"),
        ],
        "assumed_times": True,
        "mode": "on_site",
        "region": "ile-de-france",
        "seats": (80, 7),
        "fr": {
            "title": "Exposition « Travaux d'école »",
            "summary": "Des démarches locales et internationales qui associent les usagers aux projets de rénovation de leurs écoles.",
            "body": [
                P(
                    "Cette exposition, organisée par 110 bis, le lab d'innovation de l'Éducation nationale, et la cellule du bâti scolaire, présente des démarches locales et internationales dans le milieu scolaire, associant les usagers aux projets de rénovation de leurs écoles."
                ),
            ],
        },
        "en": {
            "title": '"School works" exhibition',
            "summary": "Local and international approaches that involve users in renovating their schools.",
            "body": [
                P(
                    "This exhibition, organised by 110 bis, the innovation lab of the Ministry of National Education, and its school buildings unit, presents local and international approaches that involve users in the renovation of their schools."
                ),
            ],
        },
    },
    {
        "slug": "non-conference-des-donnees-ouvertes-de-bercy",
        "slug_en": "bercy-open-data-unconference",
        "format": "rencontre",
        "themes": ["donnees"],
        "organiser": "ministere-economie",
        "sessions": [("2021-11-04", "09:30", "17:00"), ("2021-11-05", "09:30", "12:30")],
        "assumed_times": True,
        "mode": "online",
        "seats": (120, 8),
        "fr": {
            "title": "Non-conférence des données ouvertes de Bercy",
            "summary": "Des rencontres organisées, conduites et nourries par les participants, entièrement en ligne.",
            "body": [
                P(
                    "Dans une non-conférence, on recherche la stimulation, le partage d'idées, les rencontres… Il s'agit de rencontres organisées, conduites et nourries par les participants, en stimulant la liberté de mouvement et l'échange d'idées.",
                    "Cette non-conférence est totalement en ligne, ce qui permet aux acteurs sur le territoire de participer sans se déplacer. Une série d'ateliers et de rencontres est également organisée dans le cadre de Bercy Innov.",
                ),
            ],
        },
        "en": {
            "title": "Bercy open data unconference",
            "summary": "Meetings organised, run and fed by the participants themselves, entirely online.",
            "body": [
                P(
                    "An unconference is about stimulation, sharing ideas and meeting people. The sessions are organised, run and fed by the participants, who are free to move around and exchange ideas.",
                    "This unconference is entirely online, so people all over the country can take part without travelling. A series of workshops and meetings is also organised as part of Bercy Innov.",
                ),
            ],
        },
    },
    {
        "slug": "decouvrir-l-approche-du-design-fiction",
        "slug_en": "discovering-design-fiction",
        "format": "atelier-participatif",
        "themes": ["design", "experience-usager"],
        "organiser": "sgar-pays-de-la-loire",
        "sessions": [("2021-11-15", "09:30", "12:00")],
        "assumed_times": True,
        "mode": "online",
        "seats": (20, 24),
        "fr": {
            "title": "Découvrir l'approche du design fiction",
            "summary": "Une session ludique pour découvrir comment le design fiction peut contribuer à l'action et à l'anticipation publiques.",
            "body": [
                P(
                    "Participez à une session ludique et participative pour découvrir comment l'approche du design fiction peut contribuer à l'action et à l'anticipation publiques. Après une plongée en 2030 dans la réinvention de la relation aux citoyens et aux administrés, vous serez amené(e)s à rejouer et déjouer ce futur.",
                    "Des exemples concrets et des retours d'expériences viendront appuyer ce temps de sensibilisation pour mieux comprendre le design fiction dans une démarche de prospective.",
                ),
            ],
        },
        "en": {
            "title": "Discovering design fiction",
            "summary": "A playful session to discover how design fiction can help public action and foresight.",
            "body": [
                P(
                    "Join a playful, participatory session to discover how design fiction can contribute to public action and foresight. After diving into a future where the relationship with citizens has been reinvented, you will replay and challenge that future.",
                    "Concrete examples and lessons learned support this introduction to design fiction as a foresight method.",
                ),
            ],
        },
    },
    {
        "slug": "rencontres-regionales-de-la-donnee-grand-est",
        "slug_en": "grand-est-regional-data-meetings",
        "format": "conference",
        "themes": ["donnees"],
        "organiser": "prefecture-grand-est",
        "sessions": [("2021-11-16", "09:00", "17:00")],
        "assumed_times": True,
        "mode": "hybrid",
        "region": "grand-est",
        "seats": (100, 9),
        "fr": {
            "title": "Rencontres régionales de la donnée du Grand Est",
            "summary": "Conférences, table ronde sur l'usage des données au service de l'intérêt général, état de l'open data en Grand Est et ateliers.",
            "body": [
                P(
                    "Organisées par la préfecture de région et le conseil régional Grand Est, ces rencontres s'ouvriront avec des conférences « Sur la route de la donnée, de l'Occitanie à Montréal ».",
                    "Seront également au programme une table ronde « Comment favoriser l'usage des données au service de l'intérêt général ? », une séquence « Où en sommes-nous en termes d'open data en Grand Est ? », une présentation de DataGrandEst et des ateliers.",
                ),
            ],
        },
        "en": {
            "title": "Grand Est regional data meetings",
            "summary": "Talks, a round table on using data for the general interest, the state of open data in Grand Est, and workshops.",
            "body": [
                P(
                    'Organised by the regional prefecture and the Grand Est Regional Council, the meetings open with talks on "The data road, from Occitanie to Montreal".',
                    'Also on the programme: a round table "How can we encourage the use of data for the general interest?", a session "Where does Grand Est stand on open data?", a presentation of DataGrandEst, and workshops.',
                ),
            ],
        },
    },
    {
        "slug": "immersion-realites-virtuelle-et-augmentee-laval-virtual",
        "slug_en": "virtual-and-augmented-reality-with-laval-virtual",
        "format": "visite",
        "themes": ["experience-usager"],
        "organiser": "ddt-mayenne",
        "sessions": [("2021-11-18", "13:30", "17:30")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "pays-de-la-loire",
        "venue_name": "Laval Virtual",
        "venue_address": "Laval (Mayenne)",
        "seats": (24, 24),
        "waitlist": False,
        "fr": {
            "title": "Vers une immersion avec les usagers dans les réalités virtuelle et augmentée avec Laval Virtual",
            "summary": "Une demi-journée pour découvrir le potentiel de la réalité virtuelle et augmentée dans notre environnement professionnel.",
            "body": [
                P(
                    "Cette demi-journée immersive proposera notamment, par groupes de 50, une introduction sur « Les origines et l'état de l'art de la réalité virtuelle et augmentée », deux heures d'expérimentations pour découvrir le potentiel de ces nouvelles technologies dans notre environnement professionnel, puis des séances de Hado, premier techno-sport en réalité virtuelle."
                ),
            ],
        },
        "en": {
            "title": "Immersion with users in virtual and augmented reality, with Laval Virtual",
            "summary": "An afternoon to discover what virtual and augmented reality can bring to our working environment.",
            "body": [
                P(
                    'In groups of 50, this immersive afternoon offers an introduction to "The origins and state of the art of virtual and augmented reality", two hours of hands-on experiments to discover what these technologies can do in our working environment, and sessions of Hado, the first virtual reality techno-sport.'
                ),
            ],
        },
    },
    {
        "slug": "forum-innovation-defense",
        "slug_en": "defence-innovation-forum",
        "format": "exposition",
        "themes": ["relance-impact"],
        "organiser": "agence-innovation-defense",
        "sessions": [
            ("2021-11-25", "09:00", "18:00"),
            ("2021-11-26", "09:00", "18:00"),
            ("2021-11-27", "10:00", "18:00"),
        ],
        "assumed_times": True,
        "mode": "on_site",
        "region": "ile-de-france",
        "seats": (300, 12),
        "fr": {
            "title": "Forum Innovation Défense",
            "summary": "Un village d'exposition d'une centaine de projets d'innovation, des conférences, des rendez-vous d'affaires et une zone d'expériences.",
            "body": [
                P(
                    "Le Forum Innovation Défense, c'est à la fois :",
                    UL(
                        "un village d'exposition présentant une centaine de projets d'innovation ;",
                        "un programme de conférences autour de thématiques telles que les nouvelles énergies, le quantique, l'intelligence artificielle, le design industriel, le new space, la robotique aéroterrestre… ;",
                        "un espace de rendez-vous d'affaires ;",
                        "une zone d'expériences avec des démonstrations, un rallye interactif, un serious game et une immersion dans l'univers de la Red Team Défense.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "Defence Innovation Forum",
            "summary": "An exhibition village of about a hundred innovation projects, talks, business meetings and a hands-on area.",
            "body": [
                P(
                    "The Defence Innovation Forum offers:",
                    UL(
                        "an exhibition village presenting about a hundred innovation projects;",
                        "a programme of talks on topics such as new energies, quantum technology, artificial intelligence, industrial design, new space and land robotics…;",
                        "a business-to-business meeting area;",
                        "a hands-on area with demonstrations, an interactive rally, a serious game and an immersion in the world of the Defence Red Team.",
                    ),
                ),
            ],
        },
    },
    {
        "slug": "agir-gendarmerie-station-f",
        "slug_en": "agir-gendarmerie-at-station-f",
        "format": "rencontre",
        "themes": ["relance-impact"],
        "organiser": "gendarmerie-nationale",
        "sessions": [("2021-11-26", "09:00", "18:00")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "ile-de-france",
        "venue_name": "Station F",
        "venue_address": "5 parvis Alan Turing, 75013 Paris",
        "seats": (150, 10),
        "fr": {
            "title": "AGIR (Accompagnement par la Gendarmerie de l'Innovation, de l'Industrie et de la Recherche) à Station F",
            "summary": "Une journée de rencontres entre innovateurs, chercheurs, unités spécialisées et partenaires industriels de la gendarmerie.",
            "body": [
                P(
                    "Cette journée de rencontres autour de la recherche fondamentale et de l'innovation regroupera dans un même événement la communauté des innovateurs de la gendarmerie, le conseil scientifique de la gendarmerie, les unités spécialisées (GIGN, PJGN…), les directeurs de projets des futurs équipements et les partenaires industriels de la gendarmerie, en lien avec les administrations et forces ministérielles et interministérielles.",
                    "Des sessions de « speed dating » avec des experts de la gendarmerie seront organisées.",
                ),
            ],
        },
        "en": {
            "title": "AGIR (Gendarmerie support for innovation, industry and research) at Station F",
            "summary": "A day of meetings between the gendarmerie's innovators, researchers, specialised units and industrial partners.",
            "body": [
                P(
                    "This day of meetings on fundamental research and innovation brings together the gendarmerie's community of innovators, its scientific council, its specialised units (GIGN, PJGN…), the project directors of future equipment and the gendarmerie's industrial partners, along with ministerial and interministerial administrations and forces.",
                    '"Speed dating" sessions with gendarmerie experts will be organised.',
                ),
            ],
        },
    },
    {
        "slug": "participation-des-citoyens-aux-politiques-des-patrimoines",
        "slug_en": "citizen-participation-in-heritage-policies",
        "format": "conference",
        "themes": ["participation-citoyenne"],
        "organiser": "ministere-culture",
        "sessions": [("2021-11-26", "14:00", "17:00")],
        "assumed_times": True,
        "mode": "hybrid",
        "region": "ile-de-france",
        "seats": (80, 6),
        "fr": {
            "title": "La participation des citoyens aux politiques des patrimoines",
            "summary": "Après plus de 250 entretiens, la DIRI de la direction générale des patrimoines rend son rapport sur le bénévolat et la participation citoyenne.",
            "body": [
                P(
                    "Après plus de 250 entretiens avec différents acteurs du patrimoine pour faire un état des lieux du bénévolat et de la participation des citoyens aux politiques des patrimoines, la délégation à l'inspection, à la recherche et à l'innovation (DIRI) de la direction générale des patrimoines et de l'architecture va rendre son rapport et prépare un colloque participatif sur le sujet. Venez en apprendre plus !"
                ),
            ],
        },
        "en": {
            "title": "Citizen participation in heritage policies",
            "summary": "After more than 250 interviews, the heritage directorate's inspection, research and innovation delegation presents its report on volunteering and citizen participation.",
            "body": [
                P(
                    "After more than 250 interviews with heritage stakeholders to take stock of volunteering and citizen participation in heritage policies, the inspection, research and innovation delegation (DIRI) of the Directorate General for Heritage and Architecture is about to publish its report and is preparing a participatory symposium on the subject. Come and find out more!"
                ),
            ],
        },
    },
    {
        "slug": "la-donnee-se-met-en-scene",
        "slug_en": "data-takes-the-stage",
        "format": "webinaire",
        "themes": ["donnees"],
        "organiser": "ministere-culture",
        "sessions": [("2021-11-29", "10:00", "12:00")],
        "assumed_times": True,
        "mode": "online",
        "seats": (150, 6),
        "fr": {
            "title": "La donnée se met en scène : pour une meilleure appréhension de la donnée dans le spectacle vivant",
            "summary": "Comment les données peuvent contribuer à la production et à la promotion de spectacles vivants.",
            "body": [
                P(
                    "Comment la collecte, l'enrichissement, la diffusion et la réutilisation des données peuvent-ils contribuer à la production et à la promotion de spectacles vivants ? Venez découvrir les initiatives et les différents projets soutenus par l'appel à projets Services numériques innovants et l'appel à manifestation d'intérêt Culture, patrimoine et numérique."
                ),
            ],
        },
        "en": {
            "title": "Data takes the stage: understanding data in the performing arts",
            "summary": "How data can help produce and promote live performances.",
            "body": [
                P(
                    "How can collecting, enriching, publishing and reusing data help produce and promote live performances? Discover the initiatives and projects supported by the Innovative Digital Services call for projects and the Culture, Heritage and Digital call for expressions of interest."
                ),
            ],
        },
    },
    # Local authorities
    {
        "slug": "dessin-pour-la-pensee-visuelle",
        "slug_en": "drawing-for-visual-thinking",
        "format": "atelier-participatif",
        "themes": ["experience-agent"],
        "organiser": "region-pays-de-la-loire",
        "sessions": [("2021-11-02", "14:00", "16:30")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "pays-de-la-loire",
        "seats": (20, 24),
        "fr": {
            "title": "Dessin pour la pensée visuelle",
            "summary": "S'initier avec Cyril Maitre à la prise de notes efficace, à la carte mentale et aux pictogrammes simples.",
            "body": [
                P(
                    "Cyril Maitre, champion du monde français du mind mapping, animera une séance pour s'initier à des techniques de prise de notes efficaces, à la réalisation de cartes mentales ou de pictogrammes simples."
                ),
            ],
        },
        "en": {
            "title": "Drawing for visual thinking",
            "summary": "Learn effective note-taking, mind mapping and simple pictograms with Cyril Maitre.",
            "body": [
                P(
                    "Cyril Maitre, France's world mind mapping champion, leads a session to learn effective note-taking techniques and how to draw mind maps and simple pictograms."
                ),
            ],
        },
    },
    {
        "slug": "agir-pour-un-numerique-soutenable",
        "slug_en": "acting-for-sustainable-digital",
        "format": "atelier-participatif",
        "themes": ["services-ecoresponsables"],
        "organiser": "loire-atlantique",
        "sessions": [("2021-11-18", "10:00", "12:00")],
        "assumed_times": True,
        "mode": "online",
        "seats": (50, 8),
        "fr": {
            "title": "Agir pour un numérique soutenable écologiquement",
            "summary": "Les enjeux environnementaux du numérique, les actions du Département de Loire-Atlantique et les écogestes numériques.",
            "body": [
                P(
                    "À travers cet atelier, découvrez les principaux enjeux environnementaux liés au numérique, les actions engagées au Département de Loire-Atlantique et les écogestes numériques qui permettront à tous de tendre vers un numérique soutenable écologiquement."
                ),
            ],
        },
        "en": {
            "title": "Acting for environmentally sustainable digital",
            "summary": "The environmental stakes of digital technology, what Loire-Atlantique is doing, and everyday digital eco-actions.",
            "body": [
                P(
                    "In this workshop, discover the main environmental issues of digital technology, the actions taken by the Loire-Atlantique Department, and the everyday digital eco-actions that can help us all move towards environmentally sustainable digital use."
                ),
            ],
        },
    },
    {
        "slug": "management-visuel",
        "slug_en": "visual-management",
        "format": "atelier-participatif",
        "themes": ["experience-agent"],
        "organiser": "isere-grenoble",
        "sessions": [("2021-11-26", "14:00", "16:00")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "auvergne-rhone-alpes",
        "seats": (15, 13),
        "fr": {
            "title": "Management visuel : devenez l'un des services accompagnés par le lab !",
            "summary": "Se laisser inspirer par le management visuel pour améliorer l'implication, la coopération et la communication des équipes.",
            "body": [
                P(
                    "Si un bon schéma vaut mieux qu'un bon discours, pourquoi ne pas se laisser inspirer par les méthodologies du management visuel ? Cette approche permet de développer des outils pour améliorer l'implication, la coopération et la communication au sein des équipes."
                ),
            ],
        },
        "en": {
            "title": "Visual management: become one of the teams supported by the lab!",
            "summary": "Drawing on visual management to improve team engagement, cooperation and communication.",
            "body": [
                P(
                    "If a good diagram is worth more than a good speech, why not draw on visual management methods? This approach helps build tools that improve engagement, cooperation and communication within teams."
                ),
            ],
        },
    },
    {
        "slug": "en-compagnie-des-tiers-lieux",
        "slug_en": "in-the-company-of-third-places",
        "format": "conference",
        "themes": ["participation-citoyenne", "experience-usager"],
        "organiser": "metropole-lille",
        "sessions": [("2021-11-29", "09:00", "19:00")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "hauts-de-france",
        "seats": (120, 11),
        "fr": {
            "title": "En compagnie des tiers-lieux",
            "summary": "Une journée de débats sur les tiers-lieux, acteurs du numérique du dernier kilomètre.",
            "body": [
                P(
                    "Tiers-lieux et numérique : en quoi les tiers-lieux sont-ils ou deviennent-ils des acteurs du numérique du dernier kilomètre ? Rendez-vous pour une journée de débats et de réflexion sur la place des tiers-lieux.",
                    "Au programme : plénière inspirante, ateliers regards croisés, visites des tiers-lieux (trois parcours découvertes) et afterwork « En quoi les tiers-lieux peuvent être des acteurs de proximité du numérique ? » suivi d'un temps festif.",
                ),
            ],
        },
        "en": {
            "title": "In the company of third places",
            "summary": "A day of debate on third places as last-mile players of digital inclusion.",
            "body": [
                P(
                    "Third places and digital: how are third places becoming last-mile players of digital inclusion? Join a day of debate and reflection on the role of third places.",
                    'On the programme: an inspiring plenary, cross-perspective workshops, visits of third places (three discovery routes) and an afterwork on "How can third places bring digital services closer to people?" followed by a festive moment.',
                ),
            ],
        },
    },
    # Public operators and institutions
    {
        "slug": "universite-de-l-innovation-publique-paca",
        "slug_en": "paca-public-innovation-university",
        "format": "atelier-participatif",
        "themes": ["services-ecoresponsables", "experience-usager"],
        "organiser": "cnfpt-paca",
        "sessions": [("2021-11-16", "09:00", "17:00")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "provence-alpes-cote-d-azur",
        "seats": (80, 10),
        "fr": {
            "title": "Université de l'innovation publique PACA",
            "summary": "Avec le design fiction, comment réinventer ensemble le contrat écologique et social dans nos territoires ?",
            "body": [
                P(
                    "C'est avec la méthode du design fiction que la délégation PACA du CNFPT donnera la parole aux acteurs locaux et prendra en compte l'expérience usagers, afin de répondre à la question centrale : « Comment réinventer ensemble le contrat écologique et social dans nos territoires ? »",
                    "Rendez-vous pour l'Université de l'innovation publique et de nombreux ateliers pratiques autour du design fiction.",
                ),
            ],
        },
        "en": {
            "title": "PACA Public Innovation University",
            "summary": "Using design fiction, how can we reinvent the ecological and social contract in our areas together?",
            "body": [
                P(
                    "Using design fiction, the CNFPT's Provence-Alpes-Côte d'Azur delegation gives local players a voice and takes the user experience into account to answer one central question: \"How can we reinvent the ecological and social contract in our areas together?\"",
                    "Join the Public Innovation University and its many practical design fiction workshops.",
                ),
            ],
        },
    },
    {
        "slug": "le-mois-du-numerique-au-cerema",
        "slug_en": "digital-month-at-cerema",
        "format": "conference",
        "themes": ["relance-impact"],
        "organiser": "cerema",
        "sessions": [("2021-11-08", "10:00", "12:00")],
        "assumed_times": True,
        "mode": "online",
        "seats": (200, 7),
        "fr": {
            "title": "Le mois du numérique au Cerema : le numérique au service de l'expertise",
            "summary": "Des séquences d'acculturation et de co-construction autour du numérique et de l'innovation, pendant tout le mois.",
            "body": [
                P(
                    "Le Cerema, établissement public qui apporte son expertise pour la transition écologique, l'adaptation au changement climatique et la cohésion des territoires, organise pendant tout le Mois de l'innovation plusieurs séquences d'acculturation et de co-construction autour du numérique et de l'innovation. Cette séance en ouvre la série."
                ),
            ],
        },
        "en": {
            "title": "Digital month at Cerema: digital technology serving expertise",
            "summary": "Introductory and co-design sessions on digital technology and innovation throughout the month.",
            "body": [
                P(
                    "Cerema, the public body that provides expertise for the ecological transition, climate change adaptation and territorial cohesion, runs several introductory and co-design sessions on digital technology and innovation throughout Innovation Month. This session opens the series."
                ),
            ],
        },
    },
    {
        "slug": "hackathon-innovation-numerique-transformation-des-territoires",
        "slug_en": "hackathon-digital-innovation-for-local-transformation",
        "format": "hackathon",
        "themes": ["relance-impact", "experience-usager"],
        "organiser": "cnfpt-inset-dunkerque",
        "sessions": [("2021-11-16", "09:00", "18:00")],
        "assumed_times": True,
        "mode": "on_site",
        "region": "hauts-de-france",
        "venue_name": "INSET de Dunkerque",
        "venue_address": "Dunkerque (Nord)",
        "seats": (30, 30),
        "fr": {
            "title": "L'innovation numérique au service de la transformation des territoires",
            "summary": "Un hackathon en trois sprints qui propose dès le soir aux collectivités des projets prêts à être investis.",
            "body": [
                P(
                    "Ce hackathon traitera de l'innovation numérique au service de la transformation des territoires. Il proposera dès la fin de journée aux collectivités présentes des projets sur étagère, prêts à être investis. Les trois sprints porteront sur :",
                    UL(
                        "l'illectronisme et l'exclusion numérique sur notre territoire ;",
                        "la donnée numérique au cœur de l'innovation et du développement territorial ;",
                        "la transformation numérique au sein de ma collectivité.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "Digital innovation for the transformation of local areas",
            "summary": "A three-sprint hackathon that hands local authorities ready-to-use projects by the end of the day.",
            "body": [
                P(
                    "This hackathon is about digital innovation for the transformation of local areas. By the end of the day it offers the local authorities present off-the-shelf projects, ready to be taken up. The three sprints cover:",
                    UL(
                        "digital illiteracy and digital exclusion in our area;",
                        "digital data at the heart of innovation and local development;",
                        "digital transformation within my local authority.",
                    ),
                ),
            ],
        },
    },
    {
        "slug": "services-numeriques-a-l-epreuve-des-utilisateurs",
        "slug_en": "digital-services-put-to-the-test-by-users",
        "format": "atelier-participatif",
        "themes": ["experience-usager"],
        "organiser": "pole-emploi-pyrenees-orientales",
        "sessions": [("2021-11-23", "10:00", "11:30")],
        "assumed_times": True,
        "mode": "online",
        "seats": (25, 22),
        "fr": {
            "title": "Les services numériques à l'épreuve des utilisateurs",
            "summary": "Un web-atelier d'une heure trente pour tester des applications et les évaluer ensemble.",
            "body": [
                P(
                    "Un atelier « découverte et évaluation des services numériques » proposé par Pôle emploi. Sur un format web-atelier d'une heure trente, vous pourrez tester des applications et les évaluer dans un format de travail collaboratif.",
                    "Les évaluations réalisées seront mises à disposition pour aider les utilisateurs à choisir l'application qui correspond à leur besoin.",
                ),
            ],
        },
        "en": {
            "title": "Digital services put to the test by their users",
            "summary": "A 90-minute online workshop to try out applications and evaluate them together.",
            "body": [
                P(
                    'A "discover and evaluate digital services" workshop run by Pôle emploi. In a 90-minute online workshop, you will try out applications and evaluate them together.',
                    "The evaluations will be published to help users choose the application that suits their needs.",
                ),
            ],
        },
    },
    {
        "slug": "mutations-du-travail-neurosciences-travail-hybride",
        "slug_en": "changing-work-neuroscience-and-hybrid-working",
        "format": "webinaire",
        "themes": ["experience-agent"],
        "organiser": "cnav",
        "sessions": [("2021-11-28", "10:00", "11:30")],
        "assumed_times": True,
        "mode": "online",
        "seats": (150, 6),
        "fr": {
            "title": "Mutations du travail : comment les neurosciences nous aident à appréhender le travail hybride",
            "summary": "La recherche-action de la CNAV sur le management en mode hybride et son livre blanc sur l'hybridation du travail.",
            "body": [
                P(
                    "La CNAV présentera ses réflexions et initiatives en matière de conduite des mutations du travail. Ce sera l'occasion de partager les enseignements de la recherche-action menée, avec l'appui des neurosciences, sur le management en mode hybride, ainsi que le livre blanc sur l'hybridation du travail au sein de l'Assurance retraite."
                ),
            ],
        },
        "en": {
            "title": "Changing work: how neuroscience helps us understand hybrid working",
            "summary": "The CNAV's action research on hybrid management and its white paper on hybrid working.",
            "body": [
                P(
                    "The CNAV (national old-age insurance fund) presents its thinking and initiatives on managing changes in work. It will share the lessons of its action research, supported by neuroscience, on managing in hybrid mode, and its white paper on hybrid working within the pension insurance network."
                ),
            ],
        },
    },
    {
        "slug": "les-drones-en-appui-aux-territoires",
        "slug_en": "drones-supporting-local-areas",
        "format": "webinaire",
        "themes": ["services-ecoresponsables", "relance-impact"],
        "organiser": "cerema",
        "sessions": [
            ("2021-11-29", "10:00", "11:30"),
            ("2021-11-30", "10:00", "11:30"),
            ("2021-12-01", "10:00", "11:30"),
            ("2021-12-02", "10:00", "11:30"),
        ],
        "assumed_times": True,
        "mode": "online",
        "seats": (100, 7),
        "fr": {
            "title": "Les drones en appui aux territoires",
            "summary": "Quatre webinaires du Cerema, du CGDD, des DDT de l'Hérault et du Bas-Rhin et de l'ENAC sur l'utilisation des drones pour l'action publique.",
            "body": [
                P(
                    "Quatre webinaires thématiques sont proposés par le Cerema, le Commissariat général au développement durable, la DDTM de l'Hérault, la DDT du Bas-Rhin et l'ENAC sur l'utilisation des drones pour l'action publique :",
                    UL(
                        "réglementation et adaptation à la biodiversité ;",
                        "drones, imagerie et ouvrages d'art ;",
                        "vols à longue élongation (longue distance) ;",
                        "drones : recherche et innovation.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "Drones supporting local areas",
            "summary": "Four webinars by Cerema, the CGDD, the Hérault and Bas-Rhin territorial directorates and ENAC on using drones for public action.",
            "body": [
                P(
                    "Cerema, the General Commission for Sustainable Development, the Hérault and Bas-Rhin territorial directorates and ENAC (the national civil aviation school) offer four themed webinars on using drones for public action:",
                    UL(
                        "regulation and adapting to biodiversity;",
                        "drones, imaging and engineering structures;",
                        "beyond-visual-line-of-sight (long-distance) flights;",
                        "drones: research and innovation.",
                    ),
                ),
            ],
        },
    },
    # Associations
    {
        "slug": "appel-d-amiens-democratie-de-demain",
        "slug_en": "amiens-call-tomorrows-democracy",
        "format": "atelier-participatif",
        "themes": ["participation-citoyenne"],
        "organiser": "decider-ensemble",
        "sessions": [
            ("2021-11-04", "18:00", "20:00"),
            ("2021-11-09", "18:00", "20:00"),
            ("2021-11-16", "18:00", "20:00"),
            ("2021-11-23", "18:00", "20:00"),
            ("2021-11-30", "18:00", "20:00"),
        ],
        "session_titles": [
            "Pour une politique d'éducation à la démocratie",
            "Pour une démocratie vivante",
            "Pour des territoires plus forts",
            "Pour un renouvellement profond de nos institutions",
            "Pour une diffusion d'une culture de la décision partagée",
        ],
        "session_titles_en": [
            "For a policy of education in democracy",
            "For a living democracy",
            "For stronger local areas",
            "For a deep renewal of our institutions",
            "For spreading a culture of shared decision-making",
        ],
        "assumed_times": True,
        "mode": "online",
        "seats": (30, 20),
        "fr": {
            "title": "Appel d'Amiens : imaginons ensemble des propositions concrètes pour la démocratie de demain !",
            "summary": "Cinq ateliers en ligne du think tank Décider ensemble pour renouveler notre démocratie : choisissez le vôtre.",
            "body": [
                P(
                    "Le think tank Décider ensemble propose cinq ateliers en ligne pour imaginer des solutions concrètes pour renouveler notre démocratie. Choisissez le vôtre :",
                    UL(
                        "« Pour une politique d'éducation à la démocratie » ;",
                        "« Pour une démocratie vivante » ;",
                        "« Pour des territoires plus forts » ;",
                        "« Pour un renouvellement profond de nos institutions » ;",
                        "« Pour une diffusion d'une culture de la décision partagée ».",
                    ),
                ),
            ],
        },
        "en": {
            "title": "The Amiens Call: let's imagine concrete proposals for tomorrow's democracy together!",
            "summary": "Five online workshops by the Décider ensemble think tank to renew our democracy: choose yours.",
            "body": [
                P(
                    "The Décider ensemble think tank offers five online workshops to imagine concrete solutions to renew our democracy. Choose yours:",
                    UL(
                        '"For a policy of education in democracy";',
                        '"For a living democracy";',
                        '"For stronger local areas";',
                        '"For a deep renewal of our institutions";',
                        '"For spreading a culture of shared decision-making".',
                    ),
                ),
            ],
        },
    },
    {
        "slug": "teletravail-source-d-innovation-collectivites",
        "slug_en": "remote-work-a-source-of-innovation-for-local-authorities",
        "format": "table-ronde",
        "themes": ["experience-agent"],
        "organiser": "declic",
        "sessions": [("2021-11-24", "14:00", "15:30")],
        "assumed_times": True,
        "mode": "online",
        "seats": (100, 5),
        "fr": {
            "title": "Télétravail, source d'innovation pour les collectivités locales",
            "summary": "Une table ronde en ligne sur quatre questions posées par le télétravail aux collectivités.",
            "body": [
                P(
                    "Cette table ronde dématérialisée sur le télétravail abordera quatre grandes questions :",
                    UL(
                        "« Organiser les tâches autrement ? »",
                        "« Comment gérer un territoire quand nous télétravaillons ? »",
                        "« Comment innover seul devant son écran ? »",
                        "« Télétravail et fracture numérique : comment s'en prémunir ? »",
                    ),
                ),
            ],
        },
        "en": {
            "title": "Remote work, a source of innovation for local authorities",
            "summary": "An online round table on four questions remote work raises for local authorities.",
            "body": [
                P(
                    "This online round table on remote work tackles four big questions:",
                    UL(
                        '"Should tasks be organised differently?"',
                        '"How do we run a local area while working remotely?"',
                        '"How can we innovate alone in front of a screen?"',
                        '"Remote work and the digital divide: how do we guard against it?"',
                    ),
                ),
            ],
        },
    },
    {
        "slug": "developpement-manageriel-au-sein-des-sdis",
        "slug_en": "management-development-in-fire-and-rescue-services",
        "format": "journee-d-etude",
        "themes": ["experience-agent"],
        "organiser": "atraksis",
        "sessions": [("2021-11-30", "09:00", "17:00")],
        "assumed_times": True,
        "mode": "on_site",
        "seats": (60, 12),
        "fr": {
            "title": "Développement managérial au sein des SDIS : à la découverte de pratiques inspirantes et durables",
            "summary": "Une journée pour sensibiliser et former les acteurs du secours aux enjeux et pratiques de transformation managériale.",
            "body": [
                P(
                    "Une journée de travail dont l'objectif est de sensibiliser et former les acteurs du secours aux enjeux et pratiques de transformation managériale.",
                    "La journée sera composée d'un temps d'inspiration à travers les interventions successives d'invités, en mode TEDx, complété par des ateliers d'échanges et de partage afin d'approfondir les concepts évoqués.",
                ),
            ],
        },
        "en": {
            "title": "Management development in fire and rescue services: discovering inspiring, lasting practices",
            "summary": "A day to introduce emergency service staff to the stakes and practices of managerial transformation.",
            "body": [
                P(
                    "A working day to raise awareness of, and train emergency service staff in, the stakes and practices of managerial transformation.",
                    "The day opens with inspiring TEDx-style talks by guest speakers, followed by discussion and sharing workshops to explore the ideas in more depth.",
                ),
            ],
        },
    },
]
