"""Themes, regions, event formats and organisations, each with its French and English name.

Slugs stay the same in both languages: the programme filters use them in addresses.
"""

# The four themes of the 2021 programme first, then the topics of the 2020 programme.
THEMES = [
    {
        "slug": "experience-usager",
        "fr": (
            "L'innovation au service de l'expérience usager",
            "Des services publics conçus avec et pour les personnes qui les utilisent : simplification, accessibilité, relation de service.",
        ),
        "en": (
            "Innovation for the user experience",
            "Public services designed with and for the people who use them: simplification, accessibility, service relationship.",
        ),
    },
    {
        "slug": "experience-agent",
        "fr": (
            "L'innovation au service de l'expérience agent",
            "Outils, organisation du travail, management et compétences des agents publics.",
        ),
        "en": (
            "Innovation for the civil servant experience",
            "Tools, work organisation, management and skills of public servants.",
        ),
    },
    {
        "slug": "services-ecoresponsables",
        "fr": (
            "L'innovation pour des services publics écoresponsables",
            "Réduire l'empreinte environnementale de l'action publique et accompagner la transition écologique.",
        ),
        "en": (
            "Innovation for environmentally responsible public services",
            "Reducing the environmental footprint of public action and supporting the ecological transition.",
        ),
    },
    {
        "slug": "relance-impact",
        "fr": (
            "L'innovation au service de la relance et de l'impact de l'action publique",
            "Financer, évaluer et diffuser les innovations pour qu'elles transforment durablement l'action publique.",
        ),
        "en": (
            "Innovation for the recovery and the impact of public action",
            "Funding, evaluating and spreading innovations so that they change public action for good.",
        ),
    },
    {
        "slug": "donnees",
        "fr": (
            "Données et données ouvertes",
            "Ouvrir, partager et exploiter les données publiques au service de l'intérêt général.",
        ),
        "en": (
            "Data and open data",
            "Opening, sharing and using public data in the general interest.",
        ),
    },
    {
        "slug": "intelligence-artificielle",
        "fr": (
            "Intelligence artificielle",
            "Des projets d'intelligence artificielle dans l'administration, de l'expérimentation au service.",
        ),
        "en": (
            "Artificial intelligence",
            "Artificial intelligence projects in public administration, from experiment to service.",
        ),
    },
    {
        "slug": "design",
        "fr": (
            "Design des politiques publiques",
            "Le design de services appliqué aux politiques et aux services publics.",
        ),
        "en": (
            "Public policy design",
            "Service design applied to public policies and public services.",
        ),
    },
    {
        "slug": "logiciel-libre",
        "fr": (
            "Logiciel libre et communs numériques",
            "Ouvrir les codes sources publics et contribuer aux communs numériques.",
        ),
        "en": (
            "Free software and digital commons",
            "Opening public source code and contributing to the digital commons.",
        ),
    },
    {
        "slug": "talents-numeriques",
        "fr": (
            "Talents et compétences numériques",
            "Attirer, former et fidéliser les talents du numérique dans la fonction publique.",
        ),
        "en": (
            "Digital talent and skills",
            "Attracting, training and keeping digital talent in the civil service.",
        ),
    },
    {
        "slug": "participation-citoyenne",
        "fr": (
            "Participation citoyenne et innovation ouverte",
            "Associer usagers, agents, associations et chercheurs à la conception de l'action publique.",
        ),
        "en": (
            "Citizen participation and open innovation",
            "Involving users, public servants, associations and researchers in designing public action.",
        ),
    },
]

# Every region of France; the labs and events use most of them.
REGIONS = [
    ("auvergne-rhone-alpes", "Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes"),
    ("bourgogne-franche-comte", "Bourgogne-Franche-Comté", "Bourgogne-Franche-Comté"),
    ("bretagne", "Bretagne", "Brittany"),
    ("centre-val-de-loire", "Centre-Val de Loire", "Centre-Val de Loire"),
    ("corse", "Corse", "Corsica"),
    ("grand-est", "Grand Est", "Grand Est"),
    ("hauts-de-france", "Hauts-de-France", "Hauts-de-France"),
    ("ile-de-france", "Île-de-France", "Île-de-France"),
    ("normandie", "Normandie", "Normandy"),
    ("nouvelle-aquitaine", "Nouvelle-Aquitaine", "Nouvelle-Aquitaine"),
    ("occitanie", "Occitanie", "Occitanie"),
    ("pays-de-la-loire", "Pays de la Loire", "Pays de la Loire"),
    ("provence-alpes-cote-d-azur", "Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur"),
    ("guadeloupe", "Guadeloupe", "Guadeloupe"),
    ("martinique", "Martinique", "Martinique"),
    ("guyane", "Guyane", "French Guiana"),
    ("la-reunion", "La Réunion", "Réunion"),
    ("mayotte", "Mayotte", "Mayotte"),
]

FORMATS = [
    ("webinaire", "Webinaire", "Webinar"),
    ("atelier-participatif", "Atelier participatif", "Participatory workshop"),
    ("conference", "Conférence", "Conference"),
    ("table-ronde", "Table ronde", "Round table"),
    ("hackathon", "Hackathon", "Hackathon"),
    ("visite", "Visite", "Visit"),
    ("restitution", "Restitution de projets", "Results presentation"),
    ("portes-ouvertes", "Portes ouvertes", "Open day"),
    ("exposition", "Exposition", "Exhibition"),
    ("serious-game", "Jeu sérieux", "Serious game"),
    ("appel-a-idees", "Appel à idées", "Call for ideas"),
    ("rencontre", "Rencontre", "Meetup"),
    ("journee-d-etude", "Journée d'étude", "Study day"),
]

# (slug, family, region slug or None, French name, English name, website)
ORGANISATIONS = [
    # State services
    ("ditp", "state", None, "Direction interministérielle de la transformation publique (DITP)", "Interministerial Directorate for Public Transformation (DITP)", "https://www.modernisation.gouv.fr/"),
    ("dinum", "state", None, "Direction interministérielle du numérique (DINUM)", "Interministerial Digital Directorate (DINUM)", "https://www.numerique.gouv.fr/"),
    ("dgafp", "state", None, "Direction générale de l'administration et de la fonction publique (DGAFP)", "Directorate General for Administration and the Civil Service (DGAFP)", "https://www.fonction-publique.gouv.fr/"),
    ("etalab", "state", None, "Etalab (DINUM)", "Etalab (DINUM)", "https://www.etalab.gouv.fr/"),
    ("beta-gouv", "state", None, "beta.gouv.fr (DINUM)", "beta.gouv.fr (DINUM)", "https://beta.gouv.fr/"),
    ("cgdd", "state", None, "Commissariat général au développement durable (CGDD)", "General Commission for Sustainable Development (CGDD)", ""),
    ("sg-ministeres-sociaux", "state", None, "Secrétariat général des ministères chargés des affaires sociales", "General Secretariat of the ministries for social affairs", ""),
    ("sg-ministeres-economiques", "state", None, "Secrétariat général des ministères économiques et financiers", "General Secretariat of the economic and financial ministries", ""),
    ("commissariat-des-armees", "state", None, "Commissariat des armées", "Armed Forces Commissariat", ""),
    ("dgos", "state", None, "Direction générale de l'offre de soins (DGOS)", "Directorate General for Healthcare Provision (DGOS)", ""),
    ("ministere-interieur", "state", None, "Ministère de l'Intérieur", "Ministry of the Interior", ""),
    ("ministere-culture", "state", None, "Ministère de la Culture", "Ministry of Culture", ""),
    ("drac-nouvelle-aquitaine", "state", "nouvelle-aquitaine", "DRAC Nouvelle-Aquitaine", "Regional Directorate of Cultural Affairs (DRAC) Nouvelle-Aquitaine", ""),
    ("ministere-education", "state", None, "Ministère de l'Éducation nationale", "Ministry of National Education", ""),
    ("ministere-economie", "state", None, "Ministère de l'Économie, des Finances et de la Relance", "Ministry of the Economy, Finance and Recovery", ""),
    ("sgar-pays-de-la-loire", "state", "pays-de-la-loire", "SGAR Pays de la Loire – plate-forme RH", "SGAR Pays de la Loire – HR platform", ""),
    ("prefecture-grand-est", "state", "grand-est", "Préfecture de la région Grand Est", "Prefecture of the Grand Est region", ""),
    ("prefecture-ile-de-france", "state", "ile-de-france", "Préfecture de la région d'Île-de-France", "Prefecture of the Île-de-France region", ""),
    ("prefecture-ardeche", "state", "auvergne-rhone-alpes", "Préfecture de l'Ardèche", "Prefecture of Ardèche", ""),
    ("sgpi", "state", None, "Secrétariat général pour l'investissement (SGPI)", "General Secretariat for Investment (SGPI)", ""),
    ("ddt-mayenne", "state", "pays-de-la-loire", "Direction départementale des territoires de la Mayenne", "Departmental Directorate for Territories of Mayenne", ""),
    ("agence-innovation-defense", "state", None, "Agence de l'innovation de défense (ministère des Armées)", "Defence Innovation Agency (Ministry of the Armed Forces)", ""),
    ("gendarmerie-nationale", "state", None, "Gendarmerie nationale", "French National Gendarmerie", ""),
    # Local authorities
    ("region-grand-est", "local", "grand-est", "Conseil régional Grand Est", "Grand Est Regional Council", ""),
    ("region-pays-de-la-loire", "local", "pays-de-la-loire", "Conseil régional des Pays de la Loire", "Pays de la Loire Regional Council", ""),
    ("loire-atlantique", "local", "pays-de-la-loire", "Conseil départemental de Loire-Atlantique", "Loire-Atlantique Departmental Council", ""),
    ("isere-grenoble", "local", "auvergne-rhone-alpes", "Département de l'Isère, Grenoble Alpes Métropole, Ville et CCAS de Grenoble", "Isère Department, Grenoble Alpes Metropolis, City of Grenoble and its social action centre", ""),
    ("metropole-lille", "local", "hauts-de-france", "Métropole européenne de Lille", "European Metropolis of Lille", ""),
    # Public operators
    ("ign", "operator", None, "Institut national de l'information géographique et forestière (IGN)", "National Institute of Geographic and Forest Information (IGN)", "https://www.ign.fr/"),
    ("cerema", "operator", None, "Cerema", "Cerema", "https://www.cerema.fr/"),
    ("insee", "operator", None, "Institut national de la statistique et des études économiques (INSEE)", "National Institute of Statistics and Economic Studies (INSEE)", "https://www.insee.fr/"),
    ("anct", "operator", None, "Agence nationale de la cohésion des territoires (ANCT)", "National Agency for Territorial Cohesion (ANCT)", ""),
    ("cnfpt-paca", "operator", "provence-alpes-cote-d-azur", "CNFPT, délégation Provence-Alpes-Côte d'Azur", "CNFPT, Provence-Alpes-Côte d'Azur delegation", ""),
    ("cnfpt-inset-dunkerque", "operator", "hauts-de-france", "CNFPT – INSET de Dunkerque", "CNFPT – INSET Dunkirk", ""),
    ("pole-emploi-pyrenees-orientales", "operator", "occitanie", "Pôle emploi Pyrénées-Orientales", "Pôle emploi Pyrénées-Orientales", ""),
    ("cnav", "operator", None, "Caisse nationale d'assurance vieillesse (CNAV)", "National Old-Age Insurance Fund (CNAV)", ""),
    # Associations
    ("serious-games-network", "association", None, "Serious Games Network France", "Serious Games Network France", ""),
    ("decider-ensemble", "association", None, "Décider ensemble", "Décider ensemble", ""),
    ("declic", "association", None, "Déclic (fédération des opérateurs publics de services numériques)", "Déclic (federation of public digital service operators)", ""),
    ("atraksis", "association", None, "Atraksis", "Atraksis", ""),
    # Territorial innovation labs (their pages are in data_labs)
    ("ti-lab", "lab", "bretagne", "Ti-Lab", "Ti-Lab", ""),
    ("siilab", "lab", "hauts-de-france", "Siilab", "Siilab", ""),
    ("fabrique-rh", "lab", "ile-de-france", "La Fabrique RH", "La Fabrique RH", ""),
    ("labase", "lab", "nouvelle-aquitaine", "LaBase", "LaBase", ""),
    ("labo-occitanie", "lab", "occitanie", "Le LabO", "Le LabO", ""),
    ("inso-lab", "lab", "provence-alpes-cote-d-azur", "InSo Lab", "InSo Lab", ""),
    ("lab-zero", "lab", "provence-alpes-cote-d-azur", "Lab Zéro", "Lab Zéro", ""),
    ("etatlin", "lab", "pays-de-la-loire", "Etat'LIN", "Etat'LIN", ""),
    ("lab-archipel", "lab", "auvergne-rhone-alpes", "Lab @RCHIPEL", "Lab @RCHIPEL", ""),
    ("innovmandie", "lab", "normandie", "Innov'Mandie", "Innov'Mandie", ""),
    ("lab-est", "lab", "grand-est", "Lab'EST", "Lab'EST", ""),
    ("lab-bourgogne-franche-comte", "lab", "bourgogne-franche-comte", "Laboratoire d'innovation publique de Bourgogne-Franche-Comté", "Bourgogne-Franche-Comté public innovation lab", ""),
    ("lab-l", "lab", "centre-val-de-loire", "Lab'L", "Lab'L", ""),
]
