"""French: « guillemets » with their spaces (and the " ... » of the wild), dialogue dashes, incises (dit-elle)."""

from . import Language

_PAST = """dit demanda répondit murmura cria chuchota souffla reprit ajouta lança répliqua soupira expliqua continua
poursuivit déclara annonça hurla grogna marmonna insista protesta fit interrogea rétorqua observa remarqua conclut
avoua admit proposa suggéra hasarda coupa gémit balbutia bredouilla siffla ordonna supplia ricana gronda
s'écria s’écria s'exclama s’exclama s'étonna s’étonna s'enquit s’enquit objecta railla plaisanta trancha lâcha
intervint enchaîna confirma promit rappela nota commenta grommela bafouilla articula glissa répéta implora
assura affirma précisa rectifia corrigea concéda approuva acquiesça renchérit jura menaça encouragea conseilla
rassura taquina releva souligna s'impatienta s’impatienta s'excusa s’excusa s'emporta s’emporta traduisit
risqua tenta s'étrangla s’étrangla triompha""".split()
_PRESENT = """salua salue appela appelle héla dit demande répond murmure crie chuchote souffle reprend ajoute lance réplique soupire explique continue
poursuit déclare annonce hurle grogne marmonne insiste proteste fait interroge rétorque observe remarque conclut
avoue admet propose suggère coupe gémit balbutie siffle ordonne supplie ricane gronde s'écrie s’écrie s'exclame
s’exclame objecte raille lâche intervient enchaîne confirme promet rappelle note commente grommelle glisse
répète implore assure affirme précise concède approuve acquiesce renchérit jure menace rassure taquine
souligne traduit hasarde bredouille plaisante tranche bafouille articule rectifie corrige conseille encourage
relève risque tente s'impatiente s’impatiente s'excuse s’excuse s'emporte s’emporte s'étonne s’étonne s'enquiert
s’enquiert s'étrangle s’étrangle triomphe""".split()
"""The present of the same verbs, for fics told in the present tense ('— Tu vois, triomphe Papy.')."""

_FIRST_PERSON = """dis demandai répondis murmurai criai chuchotai soufflai repris ajoutai lançai répliquai soupirai
expliquai continuai poursuivis déclarai annonçai hurlai grognai marmonnai insistai protestai fis interrogeai
rétorquai observai remarquai conclus avouai admis proposai suggérai hasardai coupai gémis balbutiai bredouillai
ordonnai suppliai grondai m'écriai m’écriai m'exclamai m’exclamai objectai lâchai intervins confirmai promis
rappelai notai commentai grommelai articulai glissai répétai implorai saluai appelai""".split()
"""Passé simple of the first person: '« Non, dis-je. »', 'expliquai-je' (the pronoun follows, as for il/elle)."""

_PARTICIPLES = """dit demandé répondu murmuré crié chuchoté soufflé repris ajouté lancé répliqué soupiré expliqué
continué poursuivi déclaré annoncé hurlé grogné marmonné insisté protesté fait interrogé rétorqué observé remarqué
conclu avoué admis proposé suggéré hasardé coupé gémi balbutié bredouillé sifflé ordonné supplié ricané grondé
objecté lâché enchaîné confirmé promis rappelé noté commenté grommelé articulé glissé répété imploré assuré affirmé
précisé rectifié corrigé concédé approuvé acquiescé renchéri juré menacé rassuré taquiné relevé souligné traduit
salué appelé risqué tenté""".split()
_COMPOUND = [f"a {p}" for p in _PARTICIPLES] + [
    f"s{apostrophe}est {verb}{ending}" for apostrophe in "'’" for verb in ("écrié", "exclamé", "étonné", "excusé")
    for ending in ("", "e")
] + ["ai"]
"""The passé composé of a tag, as fics told in it write them: '— Bonsoir, a dit Karim.', '— Non, ai-je soufflé.'
('ai' only ever inverted: 'ai-je'; 'a-t-il dit' is any verb inverted)."""

LANGUAGE = Language(
    tag_endings=("a", "it", "ut", "int"),
    name_questions=("comment tu t'appelles", 'comment tu t’appelles', "comment t'appelles-tu", 'comment t’appelles-tu', 'comment vous appelez-vous', "tu t'appelles comment", 'tu t’appelles comment', 'vous vous appelez comment', "c'est quoi ton nom", 'c’est quoi ton nom', 'quel est ton nom', 'quel est votre nom'),
    introductions=tuple("je suis|je m'appelle|je m’appelle|moi, c'est|moi, c’est".split('|')),
    surname_greetings=tuple("d'ailleurs|enchanté|enchantée|bonjour|bonsoir|pour vous servir|au fait".split('|')),
    code="fr",
    name="French",
    names=("Français", "Francais", "French", "fra", "fre"),
    voices=("fr-fr", "fr-be", "fr-ch"),
    quotes={"«": "»\"”", "\"": "\"»", "“": "”»", "‹": "›"},
    dash_dialogue=True,
    incise=True,
    speech_verbs=tuple(dict.fromkeys(_PAST + _PRESENT + _FIRST_PERSON + _COMPOUND)),
    pronouns={"il": "male", "elle": "female", "je": "self", "j'": "self", "ils": "plural", "elles": "plural",
              "on": "plural"},
    titles={"monsieur": "male", "m.": "male", "madame": "female", "mme": "female", "mademoiselle": "female",
            "mlle": "female", "docteur": "", "maître": "", "père": "male", "mère": "female", "tante": "female",
            "oncle": "male", "sœur": "female", "frère": "male", "capitaine": "", "commissaire": "", "inspecteur": "male", "inspectrice": "female", "professeur": "",
            "grand-mère": "female", "grand-père": "male", "mamie": "female", "papi": "male", "mamy": "female",
            "papy": "male"},
    familiar_titles={"tonton": "oncle", "tata": "tante", "tatie": "tante", "mamie": "grand-mère",
                     "papi": "grand-père", "papy": "grand-père", "mamy": "grand-mère", "mémé": "grand-mère",
                     "pépé": "grand-père"},
    first_person_objects=frozenset("me m moi".split()),
    name_countries=("france", "belgium", "swiss"),
    relative_pronouns=frozenset("que qu dont où".split()),
    function_words=frozenset("""le la les l un une des du de d au aux ce cet cette ces ça cela ceci celui celle ceux
    celles mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je tu il elle on nous vous ils elles me
    te se moi toi lui eux et ou mais donc or ni car que qu qui quoi dont où quand comme si puis alors ensuite enfin
    pourtant cependant ainsi aussi encore déjà toujours jamais rien personne tout tous toute toutes quelque
    quelques chaque aucun aucune oui non merci bonjour bonsoir salut adieu pardon hé eh oh ah bah ouf hum aïe bon bien voilà
    voici là ici dans sur sous avec sans pour par vers chez entre depuis pendant avant après contre selon malgré
    dès en à y ne pas plus très trop peu beaucoup comment pourquoi combien lorsque tandis parce soudain
    maintenant demain hier aujourd'hui aujourd’hui peut-être même certes hélas tiens allons dieu chapitre
    monsieur madame mademoiselle lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril
    mai juin juillet août septembre octobre novembre décembre noël fin prologue épilogue note""".split()),
    abbreviations=frozenset("m mme mlle mm dr st ste etc p ex cf av apr j.-c env chap vol n°".split()),
    young_nouns=frozenset("garçon fille petit petite gamin gamine gosse enfant fillette garçonnet".split()),
    child_nouns=frozenset('fils fille petit-fils petite-fille neveu nièce enfants petits-enfants'.split()),
    endearments=frozenset("chéri chérie mignon mignonne chaton poussin puce trésor loulou tiens écoute écoutez regarde regardez allez voyons dis dites attends attendez bon".split()),
    person_nouns={'homme': 'male', 'femme': 'female', 'vieux': 'male', 'vieille': 'female', 'garçon': 'male', 'fille': 'female', 'gardienne': 'female', 'gardien': 'male', 'jeune': '', 'enfant': '', 'inconnu': 'male', 'inconnue': 'female', 'vieillard': 'male', 'dame': 'female', 'monsieur': 'male', 'fillette': 'female', 'gamin': 'male', 'gamine': 'female', 'garçonnet': 'male', 'type': 'male', 'mec': 'male', 'gars': 'male', 'nana': 'female', 'blond': 'male', 'blonde': 'female', 'brune': 'female'},
    spoken_abbreviations={'M.': 'Monsieur', 'MM.': 'Messieurs', 'Dr': 'Docteur', 'Dr.': 'Docteur', 'St': 'Saint', 'Ste': 'Sainte'},
    object_pronouns=frozenset(['lui', 'leur']),
    voice_nouns=frozenset(['voix']),
    role_nouns={'employé': 'male', 'employée': 'female', 'serveur': 'male', 'serveuse': 'female', 'vendeur': 'male', 'vendeuse': 'female', 'policier': 'male', 'policière': 'female', 'médecin': '', 'infirmier': 'male', 'infirmière': 'female', 'facteur': 'male', 'factrice': 'female', 'chauffeur': 'male', 'contrôleur': 'male', 'contrôleuse': 'female', 'boulanger': 'male', 'boulangère': 'female', 'pâtissier': 'male', 'gardien': 'male', 'concierge': '', 'professeur': '', 'maîtresse': 'female', 'docteur': '', 'inconnu': 'male', 'inconnue': 'female', 'inspecteur': 'male', 'inspectrice': 'female', 'commissaire': '', 'chef': 'male', 'cheffe': 'female', 'directeur': 'male', 'directrice': 'female', 'animateur': 'male', 'animatrice': 'female', 'moniteur': 'male', 'monitrice': 'female', 'entraîneur': 'male', 'entraîneuse': 'female', 'caissier': 'male', 'caissière': 'female', 'pharmacien': 'male', 'pharmacienne': 'female', 'libraire': '', 'bibliothécaire': '', 'guichetier': 'male', 'guichetière': 'female', 'réceptionniste': '', 'examinateur': 'male', 'examinatrice': 'female', 'cuisinier': 'male', 'cuisinière': 'female', 'patron': 'male', 'patronne': 'female', 'barman': 'male', 'chauffeuse': 'female', 'douanier': 'male', 'douanière': 'female'},
    name_endings={"oine": "male", "ette": "female", "elle": "female", "ence": "female", "ine": "female",
                  "ie": "female", "ise": "female", "ène": "female", "ès": "female", "a": "female"},
    thought_verbs=('pensa', 'pense', 'songea', 'songe', 'pensai', 'songeai'),
    impersonal=("il y a", "il y avait", "il y eut", "il pleut", "il pleuvait", "il neige", "il neigeait", "il fait",
                "il faisait", "il faut", "il fallait", "il reste", "il restait", "il semblait", "il était une fois",
                "il n'y a", "il n'y avait", "il n'y eut", "il n'y aura", "il n’y a", "il n’y avait", "il n’y eut",
                "il n’y aura", "il y aura", "il ne faut", "il ne fallait", "il ne restait", "il ne reste"),
    first_person=frozenset("je j' j’ me m' m’ moi nous mon ma mes".split()),
    possessives=frozenset("mon ma ton ta son sa notre votre leur".split()),
    parent_nouns=frozenset({"mère", "père", "maman", "papa", "oncle", "tante", "grand-mère", "grand-père"}),
    relation_nouns={"mère": "female", "père": "male", "frère": "male", "sœur": "female", "cousin": "male",
                    "cousine": "female", "oncle": "male", "tante": "female", "fils": "male", "fille": "female",
                    "grand-mère": "female", "grand-père": "male", "mari": "male", "femme": "female",
                    "maman": "female", "papa": "male", "neveu": "male", "nièce": "female", "amie": "female",
                    "ami": "male", "voisin": "male", "voisine": "female",
                    "petit-fils": "male", "petite-fille": "female", "fiancé": "male", "fiancée": "female"},
    naming_relatives=("qui s'appelait", "qui s’appelait", "qui s'appelle", "qui s’appelle", "qui se prénommait"),
    identifying=("c'était", "c’était", "il s'agissait de", "il s’agissait de", "elle s'appelait", "elle s’appelait",
                 "il s'appelait", "il s’appelait"),
    articles=frozenset("le la les l' l’ un une son sa ses mon ma".split()),
    definite_articles={"female": "la", "male": "le"},
    indefinite_articles={"un": "le", "une": "la"},
    elision=(frozenset({"le", "la"}), "aeiouéèêhâîô"),
    article_genders={"le": "male", "la": "female", "un": "male", "une": "female", "du": "male", "au": "male"},
    header_labels={"titre": "title", "auteur": "author", "auteure": "author", "autrice": "author", "résumé": "summary", "personnages": "characters", "couple": "relationships", "couples": "relationships", "avertissement": "warnings", "avertissements": "warnings", "langue": "language", "genre": "genre", "mots": "words", "note": "notes", "relation": "relationships", "relations": "relationships", "étiquettes": "freeforms", "catégorie": "fandoms", "chapitres": "chapters", "statut": "status", "publié": "published", "mis à jour": "updated", "série": "series", "classement": "rating"},
    note_openers=("n/a", "nda", "note de l'auteur", "note de l'auteure", "note de l'autrice", "notes de l'auteur", "notes de l'autrice", "mot de l'auteur", "mot de l'autrice", "note", "notes", "disclaimer"),
)
