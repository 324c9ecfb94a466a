"""The home page, the section indexes, the about and legal pages, and the menus.

Texts about the Mois de l'innovation publique come from the 2021 press kit (DITP). The
legal pages describe what this site really does (what registrations keep, for how long,
which cookies); addresses that only the publishing administration can give use a clearly
fictitious domain.
"""

from .text import CALLOUT, UL, H, P, link

CONTACT_EMAIL = "contact@innovation.example.gouv.fr"
PRIVACY_EMAIL = "donnees-personnelles@innovation.example.gouv.fr"
STATEMENT_DATE = {"fr": "23 novembre 2026", "en": "23 November 2026"}

HOME = {
    "slug": "accueil",
    "slug_en": "home",
    "fr": {
        "title": "Mois de l'innovation publique",
        "hero_title": "Le Mois de l'innovation publique, dans toute la France et en ligne",
        "introduction": "Chaque mois de novembre depuis 2014, services de l'État, collectivités territoriales, opérateurs, établissements de santé, associations et laboratoires d'innovation territoriale partagent leurs méthodes, leurs projets et leurs solutions pour transformer le service public.",
        "body": [
            H("Quatre thématiques"),
            P(
                "Le programme de l'édition à venir s'organise autour de quatre thématiques qui mettent en lumière les initiatives locales :",
                UL(
                    "l'innovation au service de l'expérience usager ;",
                    "l'innovation au service de l'expérience agent ;",
                    "l'innovation pour des services publics écoresponsables ;",
                    "l'innovation au service de la relance et de l'impact de l'action publique.",
                ),
                "Ateliers participatifs, tables rondes, sessions créatives, démonstrations d'outils, expositions et visites : inscrivez-vous directement depuis la page de chaque événement.",
            ),
            CALLOUT(
                "Les laboratoires d'innovation territoriale",
                "Les labs sont le « premier kilomètre de l'innovation publique ». En plaçant l'usager au centre, ils permettent à tous les acteurs de travailler ensemble, par-delà les silos administratifs.",
            ),
        ],
    },
    "en": {
        "title": "Public Innovation Month",
        "hero_title": "Public Innovation Month, all over France and online",
        "introduction": "Every November since 2014, State services, local authorities, public operators, hospitals, associations and territorial innovation labs have shared their methods, projects and solutions to transform public service.",
        "body": [
            H("Four themes"),
            P(
                "The programme of the coming edition is built around four themes that highlight local initiatives:",
                UL(
                    "innovation for the user experience;",
                    "innovation for the civil servant experience;",
                    "innovation for environmentally responsible public services;",
                    "innovation for the recovery and the impact of public action.",
                ),
                "Participatory workshops, round tables, creative sessions, tool demonstrations, exhibitions and visits: register directly from each event's page.",
            ),
            CALLOUT(
                "Territorial innovation labs",
                'The labs are the "first mile of public innovation". By putting users at the centre, they let everyone involved work together across administrative silos.',
            ),
        ],
    },
}

# Lab and défi slugs shown on the home page.
FEATURED = ["ti-lab", "lab-est", "recens-smart", "sos-ponts"]

PROGRAMME = {
    "slug": "programme",
    "slug_en": "programme",
    "fr": {
        "title": "Programme",
        "introduction": "Tous les événements de l'édition à venir, à filtrer par thématique, région, format ou organisateur, et les archives de l'édition 2020.",
        "edition": "Novembre {year}",
    },
    "en": {
        "title": "Programme",
        "introduction": "All the events of the coming edition, to filter by theme, region, format or organiser, and the archive of the 2020 edition.",
        "edition": "November {year}",
    },
}

LABS_INDEX = {
    "slug": "laboratoires",
    "slug_en": "labs",
    "fr": {
        "title": "Laboratoires d'innovation territoriale",
        "introduction": "Les laboratoires d'innovation territoriale accompagnent les agents dans la définition et la mise en œuvre de solutions répondant à leurs enjeux de transformation. Ils proposent des espaces et des compétences pour concevoir et tester de nouvelles formes de l'action publique, avec les usagers et les agents, dans les territoires.",
    },
    "en": {
        "title": "Territorial innovation labs",
        "introduction": "Territorial innovation labs help public servants define and deliver solutions to their transformation challenges. They offer spaces and skills to design and test new forms of public action, with users and staff, across the country.",
    },
}

DEFIS_INDEX = {
    "slug": "defis",
    "slug_en": "challenges",
    "fr": {
        "title": "Défis",
        "introduction": "Le programme Entrepreneurs d'intérêt général de la DINUM sélectionne des spécialistes du design, du droit et de la technologie qui relèvent, pendant dix mois, des défis proposés par les administrations. Voici les treize défis de la promotion 6.",
    },
    "en": {
        "title": "Challenges",
        "introduction": "DINUM's Public Interest Entrepreneurs programme selects design, legal and technology specialists who spend ten months taking on challenges put forward by public administrations. Here are the thirteen challenges of cohort 6.",
    },
}

# Standard pages, in menu order. ``key`` names them for the menus.
STANDARD_PAGES = [
    {
        "key": "about",
        "slug": "a-propos",
        "slug_en": "about",
        "fr": {
            "title": "À propos",
            "introduction": "Le Mois de l'innovation publique met en lumière les acteurs publics de tous horizons qui portent l'innovation au service des Français.",
            "body": [
                H("Un mois pour valoriser les acteurs et les projets publics innovants"),
                P(
                    "Depuis 2014, la Direction interministérielle de la transformation publique (DITP) fédère chaque année un programme d'événements organisés par tous les acteurs publics : services et opérateurs de l'État, collectivités territoriales, établissements de santé, mais aussi associations et autres acteurs d'intérêt général qui portent l'innovation au service des Français.",
                    "L'objectif : partager méthodes, bonnes pratiques et solutions innovantes pour concevoir plus efficacement les politiques publiques. L'édition 2021 a fédéré plus de 350 événements autour de l'innovation ouverte ; ce site en rejoue le programme pour l'édition à venir et garde en archive celui de l'édition 2020.",
                ),
                H("Les laboratoires d'innovation territoriale"),
                P(
                    "Partenaires du Mois de l'innovation publique, les laboratoires d'innovation territoriale proposent plus de 150 événements et ateliers dans toute la France. Ils facilitent l'émergence et l'expérimentation de projets d'innovation publique qui répondent à des problématiques de territoire, à l'initiative des agents de terrain.",
                    "Chaque solution y est prototypée et testée avant son déploiement, pour vérifier que le service ou le produit conçu répond bien à la demande initiale.",
                ),
                H("À propos de ce site"),
                P(
                    "Ce site présente le programme, les laboratoires et les défis en français et en anglais. Les inscriptions aux événements s'y font directement : vous recevez une confirmation et une invitation pour votre agenda, et vous pouvez annuler à tout moment depuis le lien personnel reçu par courriel.",
                ),
            ],
        },
        "en": {
            "title": "About",
            "introduction": "Public Innovation Month highlights public bodies of every kind that drive innovation for the people of France.",
            "body": [
                H("A month to showcase innovative public players and projects"),
                P(
                    "Since 2014 the Interministerial Directorate for Public Transformation (DITP) has brought together, every year, a programme of events organised by all public players: State services and operators, local authorities, hospitals, as well as associations and other public-interest organisations that drive innovation for the people of France.",
                    "The aim: sharing methods, good practices and innovative solutions to design public policies more effectively. The 2021 edition gathered more than 350 events around open innovation; this site replays its programme for the coming edition and keeps the 2020 programme as an archive.",
                ),
                H("Territorial innovation labs"),
                P(
                    "As partners of Public Innovation Month, the territorial innovation labs offer more than 150 events and workshops across France. They help public innovation projects emerge and be tested where they answer a local problem, on the initiative of front-line public servants.",
                    "Every solution is prototyped and tested before it is rolled out, to check that the service or product meets the original need.",
                ),
                H("About this website"),
                P(
                    "This website presents the programme, the labs and the challenges in French and English. You register for events directly here: you receive a confirmation and an invitation for your calendar, and you can cancel at any time from the personal link sent by email.",
                ),
            ],
        },
    },
    {
        "key": "legal",
        "slug": "mentions-legales",
        "slug_en": "legal-notice",
        "fr": {
            "title": "Mentions légales",
            "introduction": "Éditeur, hébergement, propriété intellectuelle et liens : ce qu'il faut savoir sur ce site.",
            "body": [
                H("Éditeur"),
                P(
                    "Ce site est édité par la Direction interministérielle de la transformation publique (DITP), ministère de la Transformation et de la Fonction publiques, qui pilote le Mois de l'innovation publique.",
                    f"Contact : {link('mailto:' + CONTACT_EMAIL, CONTACT_EMAIL)}.",
                ),
                H("Directeur ou directrice de la publication"),
                P(
                    "Le délégué interministériel ou la déléguée interministérielle à la transformation publique."
                ),
                H("Hébergement"),
                P(
                    "Cette instance est une version de démonstration : elle fonctionne sur l'ordinateur ou le serveur de la personne qui l'a installée, avec les données de démonstration du projet. Les noms, adresses et inscriptions des participants qu'elle contient sont fictifs.",
                ),
                H("Propriété intellectuelle"),
                P(
                    "Sauf mention contraire, les textes de ce site sont publiés sous la licence ouverte Etalab 2.0 : vous pouvez les réutiliser librement en citant leur source. Les descriptions des événements appartiennent à leurs organisateurs.",
                    "Le code source du site est un logiciel libre.",
                ),
                H("Liens vers d'autres sites"),
                P(
                    "Certains événements renvoient vers le site de leur organisateur ou vers une plateforme d'inscription externe. Nous ne sommes pas responsables du contenu de ces sites ni de leur politique de protection des données.",
                ),
            ],
        },
        "en": {
            "title": "Legal notice",
            "introduction": "Publisher, hosting, intellectual property and links: what you need to know about this website.",
            "body": [
                H("Publisher"),
                P(
                    "This website is published by the Interministerial Directorate for Public Transformation (DITP), Ministry of Transformation and the Civil Service, which runs Public Innovation Month.",
                    f"Contact: {link('mailto:' + CONTACT_EMAIL, CONTACT_EMAIL)}.",
                ),
                H("Publication director"),
                P("The interministerial delegate for public transformation."),
                H("Hosting"),
                P(
                    "This instance is a demonstration version: it runs on the computer or server of the person who installed it, with the project's demonstration data. The names, addresses and registrations of participants it contains are fictitious.",
                ),
                H("Intellectual property"),
                P(
                    "Unless stated otherwise, the texts on this website are published under the Etalab Open Licence 2.0: you may reuse them freely as long as you cite their source. Event descriptions belong to their organisers.",
                    "The website's source code is free software.",
                ),
                H("Links to other websites"),
                P(
                    "Some events link to their organiser's website or to an external registration platform. We are not responsible for the content of those websites or for their data protection policies.",
                ),
            ],
        },
    },
    {
        "key": "accessibility",
        "slug": "accessibilite",
        "slug_en": "accessibility",
        "fr": {
            "title": "Accessibilité",
            "introduction": "Déclaration d'accessibilité du site du Mois de l'innovation publique. État de conformité : partiellement conforme.",
            "body": [
                P(
                    "La Direction interministérielle de la transformation publique s'engage à rendre son site internet accessible conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.",
                    "Cette déclaration d'accessibilité s'applique au site du Mois de l'innovation publique, dans ses versions française et anglaise.",
                ),
                H("État de conformité"),
                P(
                    "Le site du Mois de l'innovation publique est <b>partiellement conforme</b> avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1, en raison des non-conformités et des contenus non accessibles énumérés ci-dessous.",
                ),
                H("Résultats des tests"),
                P(
                    "Le site est construit avec le Système de design de l'État (DSFR). À chaque modification du site, des tests automatisés vérifient, en français et en anglais, chaque type de page : accueil, programme (avec et sans filtres, archives), page d'événement, formulaire d'inscription (y compris avec ses messages d'erreur), confirmation d'inscription, page de gestion et d'annulation d'une inscription, laboratoires, défis, recherche, pages légales et pages d'erreur. Sur chacune, l'outil axe-core ne doit relever aucune violation des règles WCAG 2.1 de niveaux A et AA, et le validateur HTML Nu du W3C aucune erreur.",
                    "Des parcours complets sont aussi testés dans le navigateur : consulter et filtrer le programme, s'inscrire, rejoindre la liste d'attente, annuler, au clavier seul et sur un écran de 375 pixels de large.",
                    "Ces tests automatisés ne couvrent qu'une partie des critères du RGAA : la pertinence des alternatives textuelles, des titres et des intitulés de liens rédigés par les contributeurs, ainsi que la restitution par les lecteurs d'écran, demandent une vérification humaine.",
                    "L'audit complet selon la méthode du RGAA, sur un échantillon représentatif de pages, reste à réaliser ; son taux de conformité sera publié ici à son issue.",
                ),
                H("Contenus non accessibles"),
                P(
                    "<b>Non-conformités connues</b>",
                    UL(
                        "Certaines descriptions d'événements rédigées par leurs organisateurs contiennent des liens dont l'intitulé seul n'est pas explicite.",
                        "Les images publiées par les laboratoires et les défis n'ont pas toutes une alternative textuelle pertinente.",
                    ),
                    "<b>Contenus non soumis à l'obligation d'accessibilité</b>",
                    UL(
                        "Les plateformes d'inscription externes vers lesquelles renvoient certains événements de l'édition 2020 (Eventbrite, Livestorm), qui ne sont ni financées ni développées par l'administration.",
                        "Les documents bureautiques publiés avant le 23 septembre 2018 et disponibles sur les sites des organisateurs.",
                    ),
                ),
                H("Établissement de cette déclaration"),
                P(
                    f"Cette déclaration a été établie le {STATEMENT_DATE['fr']}.",
                    "Technologies utilisées pour la réalisation du site : HTML5, CSS, JavaScript (Système de design de l'État).",
                    "Environnement des tests automatisés : navigateur Chromium récent, outil axe-core et validateur HTML Nu. Les tests avec lecteurs d'écran font partie de l'audit à venir.",
                ),
                H("Retour d'information et contact"),
                P(
                    "Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du site pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme :",
                    UL(
                        f"par courriel : {link('mailto:' + CONTACT_EMAIL, CONTACT_EMAIL)} ;",
                        "en précisant la page concernée, le problème rencontré et, si vous le souhaitez, le navigateur et l'aide technique que vous utilisez.",
                    ),
                    "Nous nous engageons à vous répondre dans un délai de 15 jours ouvrés.",
                ),
                H("Voies de recours"),
                P(
                    "Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu ou à une fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des droits. Plusieurs moyens sont à votre disposition :",
                    UL(
                        f"écrire un message au Défenseur des droits par le {link('https://formulaire.defenseurdesdroits.fr/', 'formulaire en ligne')} ;",
                        f"contacter le délégué ou la déléguée du Défenseur des droits dans votre région ({link('https://www.defenseurdesdroits.fr/saisir/delegues', 'liste des délégués')}) ;",
                        "envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "Accessibility",
            "introduction": "Accessibility statement of the Public Innovation Month website. Compliance status: partially compliant.",
            "body": [
                P(
                    "The Interministerial Directorate for Public Transformation is committed to making its website accessible in accordance with article 47 of French law no. 2005-102 of 11 February 2005.",
                    "This accessibility statement applies to the Public Innovation Month website, in its French and English versions.",
                ),
                H("Compliance status"),
                P(
                    "The Public Innovation Month website is <b>partially compliant</b> with the French accessibility standard RGAA (référentiel général d'amélioration de l'accessibilité), version 4.1, because of the non-compliances and inaccessible content listed below.",
                ),
                H("Test results"),
                P(
                    "The website is built with the French State design system (DSFR). At every change to the website, automated tests check, in French and in English, every type of page: home, programme (with and without filters, archive), event page, registration form (including its error messages), registration confirmation, the page to manage and cancel a registration, labs, challenges, search, legal pages and error pages. On each one, the axe-core tool must find no violation of the WCAG 2.1 level A and AA rules, and the W3C Nu HTML validator no error.",
                    "Complete journeys are also tested in the browser: browsing and filtering the programme, registering, joining the waiting list, cancelling, with the keyboard alone and on a screen 375 pixels wide.",
                    "These automated tests cover only part of the RGAA criteria: whether the text alternatives, headings and link texts written by contributors are relevant, and how screen readers render the pages, need a human check.",
                    "The full audit following the RGAA method, on a representative sample of pages, has yet to be carried out; its compliance rate will be published here once it is done.",
                ),
                H("Inaccessible content"),
                P(
                    "<b>Known non-compliances</b>",
                    UL(
                        "Some event descriptions written by their organisers contain links whose text alone is not explicit.",
                        "Not all images published by the labs and challenges have a relevant text alternative.",
                    ),
                    "<b>Content exempt from the accessibility obligation</b>",
                    UL(
                        "The external registration platforms that some events of the 2020 edition link to (Eventbrite, Livestorm), which are neither funded nor developed by the administration.",
                        "Office documents published before 23 September 2018 and available on the organisers' websites.",
                    ),
                ),
                H("Preparation of this statement"),
                P(
                    f"This statement was drawn up on {STATEMENT_DATE['en']}.",
                    "Technologies used to build the website: HTML5, CSS, JavaScript (French State design system).",
                    "Automated test environment: a recent Chromium browser, the axe-core tool and the Nu HTML validator. Testing with screen readers is part of the coming audit.",
                ),
                H("Feedback and contact"),
                P(
                    "If you cannot access some content or a service, you can contact the person in charge of the website to be directed to an accessible alternative or to get the content in another form:",
                    UL(
                        f"by email: {link('mailto:' + CONTACT_EMAIL, CONTACT_EMAIL)};",
                        "stating the page concerned, the problem you met and, if you wish, the browser and assistive technology you use.",
                    ),
                    "We undertake to reply within 15 working days.",
                ),
                H("Remedies"),
                P(
                    "If you notice an accessibility problem that prevents you from accessing content or a feature of the website, report it to us and do not get an answer, you are entitled to send your complaint or a referral request to the Defender of Rights (Défenseur des droits). You can:",
                    UL(
                        f"write to the Defender of Rights using the {link('https://formulaire.defenseurdesdroits.fr/', 'online form')} (in French);",
                        f"contact the Defender of Rights' delegate in your region ({link('https://www.defenseurdesdroits.fr/saisir/delegues', 'list of delegates')}, in French);",
                        "send a letter by post (free of charge, no stamp needed): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, France.",
                    ),
                ),
            ],
        },
    },
    {
        "key": "privacy",
        "slug": "donnees-personnelles",
        "slug_en": "personal-data",
        "fr": {
            "title": "Données personnelles",
            "introduction": "Ce que nous gardons quand vous vous inscrivez à un événement, pourquoi, combien de temps, et comment exercer vos droits.",
            "body": [
                H("Responsable du traitement"),
                P(
                    "La Direction interministérielle de la transformation publique (DITP) est responsable du traitement des données collectées lors des inscriptions aux événements du Mois de l'innovation publique.",
                ),
                H("Les données que nous gardons"),
                P(
                    "Quand vous vous inscrivez à une session, nous enregistrons :",
                    UL(
                        "vos prénom et nom, votre adresse électronique et votre organisation (obligatoires) ;",
                        "votre fonction et vos besoins d'accessibilité, si vous choisissez de les indiquer ;",
                        "la langue dans laquelle vous avez rempli le formulaire, pour vous écrire dans cette langue ;",
                        "l'état de votre inscription (confirmée, en liste d'attente, annulée), sa date et, le cas échéant, votre présence le jour de l'événement.",
                    ),
                ),
                H("Pourquoi"),
                P(
                    "Ces données servent uniquement à gérer votre inscription : vous envoyer la confirmation et l'invitation pour votre agenda, un rappel avant la session, vous prévenir si une place se libère ou si la session change ou est annulée, permettre à l'organisateur de préparer l'accueil (dont vos besoins d'accessibilité) et établir des statistiques de participation anonymes.",
                    "Le traitement est nécessaire à l'exécution d'une mission d'intérêt public (article 6.1.e du règlement général sur la protection des données).",
                ),
                H("Qui y a accès"),
                P(
                    "L'équipe qui administre le site et l'organisateur de l'événement auquel vous êtes inscrit, pour cet événement seulement. Vos données ne sont ni vendues ni transmises à des tiers, et ne sont pas utilisées pour vous envoyer d'autres informations.",
                ),
                H("Combien de temps"),
                P(
                    "Vos données sont conservées <b>12 mois après la date de la session</b>, puis anonymisées automatiquement : seuls restent les chiffres de participation, sans nom ni adresse.",
                    "Si vous annulez votre inscription, elle reste enregistrée comme annulée jusqu'à la même échéance, pour que les statistiques et la liste d'attente restent justes.",
                ),
                H("Vos droits"),
                P(
                    "Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et d'opposition au traitement de vos données. Le lien personnel reçu par courriel vous permet à tout moment de consulter et d'annuler votre inscription.",
                    f"Pour toute autre demande, écrivez à {link('mailto:' + PRIVACY_EMAIL, PRIVACY_EMAIL)}. Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL ({link('https://www.cnil.fr/fr/plaintes', 'cnil.fr')}).",
                ),
            ],
        },
        "en": {
            "title": "Personal data",
            "introduction": "What we keep when you register for an event, why, for how long, and how to exercise your rights.",
            "body": [
                H("Data controller"),
                P(
                    "The Interministerial Directorate for Public Transformation (DITP) is the controller of the data collected when you register for Public Innovation Month events.",
                ),
                H("The data we keep"),
                P(
                    "When you register for a session, we record:",
                    UL(
                        "your first and last name, email address and organisation (required);",
                        "your job title and accessibility needs, if you choose to give them;",
                        "the language in which you filled in the form, so that we write to you in that language;",
                        "the status of your registration (confirmed, on the waiting list, cancelled), its date and, where relevant, whether you attended.",
                    ),
                ),
                H("Why"),
                P(
                    "This data is used only to manage your registration: sending you the confirmation and the calendar invitation, a reminder before the session, telling you if a seat becomes available or if the session changes or is cancelled, letting the organiser prepare your welcome (including your accessibility needs) and producing anonymous attendance statistics.",
                    "The processing is necessary for the performance of a task carried out in the public interest (article 6(1)(e) of the General Data Protection Regulation).",
                ),
                H("Who can see it"),
                P(
                    "The team that runs the website and the organiser of the event you registered for, for that event only. Your data is never sold or passed on to third parties, and is not used to send you other information.",
                ),
                H("How long"),
                P(
                    "Your data is kept for <b>12 months after the date of the session</b>, then automatically anonymised: only attendance figures remain, with no name or address.",
                    "If you cancel your registration, it remains recorded as cancelled until the same date, so that statistics and the waiting list stay accurate.",
                ),
                H("Your rights"),
                P(
                    "You have the right to access, rectify and erase your data, to restrict its processing and to object to it. The personal link sent to you by email lets you view and cancel your registration at any time.",
                    f"For any other request, write to {link('mailto:' + PRIVACY_EMAIL, PRIVACY_EMAIL)}. If, after contacting us, you believe your rights are not respected, you can lodge a complaint with the CNIL, the French data protection authority ({link('https://www.cnil.fr/fr/plaintes', 'cnil.fr')}).",
                ),
            ],
        },
    },
    {
        "key": "sitemap",
        "slug": "plan-du-site",
        "slug_en": "sitemap",
        "show_sitemap": True,
        "fr": {
            "title": "Plan du site",
            "introduction": "Toutes les pages du site, rubrique par rubrique.",
            "body": [],
        },
        "en": {
            "title": "Sitemap",
            "introduction": "Every page of the website, section by section.",
            "body": [],
        },
    },
    {
        "key": "cookies",
        "slug": "gestion-des-cookies",
        "slug_en": "cookies",
        "fr": {
            "title": "Gestion des cookies",
            "introduction": "Ce site ne dépose aucun cookie de mesure d'audience ni de publicité : il n'a donc pas besoin de votre consentement.",
            "body": [
                H("Les cookies que nous utilisons"),
                P(
                    "Seuls des cookies strictement nécessaires au fonctionnement du site sont déposés, ce que la loi autorise sans consentement :",
                    UL(
                        "un cookie de sécurité qui protège les formulaires, dont le formulaire d'inscription, contre les envois frauduleux ;",
                        "un cookie de session, uniquement si vous vous connectez à l'espace d'administration ;",
                        "un cookie qui retient la langue que vous avez choisie.",
                    ),
                    "Aucune donnée n'est transmise à des services tiers de mesure d'audience, de publicité ou de réseaux sociaux.",
                ),
                H("Sites externes"),
                P(
                    "Les plateformes d'inscription externes vers lesquelles renvoient certains événements ont leur propre politique de cookies, que nous vous invitons à consulter sur leur site.",
                ),
            ],
        },
        "en": {
            "title": "Cookie management",
            "introduction": "This website sets no audience measurement or advertising cookies, so it does not need your consent.",
            "body": [
                H("The cookies we use"),
                P(
                    "Only cookies that are strictly necessary for the website to work are set, which the law allows without consent:",
                    UL(
                        "a security cookie that protects forms, including the registration form, against fraudulent submissions;",
                        "a session cookie, only if you log in to the administration area;",
                        "a cookie that remembers the language you chose.",
                    ),
                    "No data is sent to third-party audience measurement, advertising or social media services.",
                ),
                H("External websites"),
                P(
                    "The external registration platforms some events link to have their own cookie policies, which we invite you to read on their websites.",
                ),
            ],
        },
    },
]

# Menus: each link is (label fr, label en, page key or None, external url).
# Page keys: "programme", "labs", "defis" or a standard page key.
MENUS = {
    "header": [
        ("Programme", "Programme", "programme", ""),
        ("Laboratoires", "Labs", "labs", ""),
        ("Défis", "Challenges", "defis", ""),
        ("À propos", "About", "about", ""),
    ],
    "footer": [
        ("info.gouv.fr", "info.gouv.fr", None, "https://www.info.gouv.fr/"),
        ("service-public.fr", "service-public.fr", None, "https://www.service-public.fr/"),
        ("legifrance.gouv.fr", "legifrance.gouv.fr", None, "https://www.legifrance.gouv.fr/"),
        ("data.gouv.fr", "data.gouv.fr", None, "https://www.data.gouv.fr/"),
        (
            "modernisation.gouv.fr",
            "modernisation.gouv.fr",
            None,
            "https://www.modernisation.gouv.fr/",
        ),
    ],
    "footer_bottom": [
        ("Plan du site", "Sitemap", "sitemap", ""),
        (
            "Accessibilité : partiellement conforme",
            "Accessibility: partially compliant",
            "accessibility",
            "",
        ),
        ("Mentions légales", "Legal notice", "legal", ""),
        ("Données personnelles", "Personal data", "privacy", ""),
        ("Gestion des cookies", "Cookie management", "cookies", ""),
    ],
}
