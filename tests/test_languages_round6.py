"""Issue 17, round 6: relatives the narration never names, and who speaks in runs of untagged lines (original
short texts)."""

from __future__ import annotations

from attribution_checks import dialogue_lines as _lines


def test_an_uncle_or_a_grandmother_the_story_never_names_is_someone_of_their_own():
    # 'mon oncle', 'mi abuela', 'meine Tante' with no name after: the tag that calls them so is them, not the
    # other person of their gender ('Paul', 'Tomás', 'Lukas').
    doc, fr = _lines("La pêche\n\nMon oncle et mon cousin Paul préparaient les cannes au bord de l'étang.\n\n"
                     "« Il faut des vers, dit Paul. »\n\n« On a du pain, grogna mon oncle. »\n", "fr")
    assert fr[-1][1] not in ("Paul", None) and fr[-1][1] != fr[0][1]
    doc, es = _lines("La cocina\n\nMi abuela y mi primo Tomás pelaban patatas en la cocina.\n\n"
                     "—Faltan cebollas —dijo Tomás.\n\n—Pues ve a por ellas —contestó mi abuela.\n", "es")
    assert es[-1][1] not in ("Tomás", None)
    doc, de = _lines("Der Garten\n\nMeine Tante und mein Bruder Lukas saßen im Garten.\n\n"
                     "„Es regnet gleich“, sagte Lukas.\n\n„Dann gehen wir rein“, sagte meine Tante.\n", "de")
    assert de[-1][1] not in ("Lukas", None)


def test_a_role_the_narration_names_before_any_tag_is_someone_of_the_scene():
    # 'el profesor se cruzó de brazos' before any tag calls him so: the untagged run is between him and Clara, not
    # Clara and no one.
    doc, es = _lines("La piscina\n\nClara llegó tarde a la piscina. Al borde del agua, el profesor se cruzó de "
                     "brazos.\n\n—Llegas tarde.\n\n—El autobús no venía.\n\n—Cuatro largos más por llegar tarde.\n\n"
                     "—¿Cuatro?\n", "es")
    assert "El profesor" in doc.characters
    assert [who for _, who in es] == ["El profesor", "Clara", "El profesor", "Clara"]
    # 'le professeur Martin': a title before a name makes no one of its own.
    doc, _ = _lines("Le cours\n\nLe professeur Martin entra dans la salle.\n\n« Asseyez-vous, dit Martin. »\n", "fr")
    assert "Le professeur" not in doc.characters


def test_a_familiar_word_for_a_relative_calls_them_and_so_is_not_their_line():
    # 'tonton' is what one calls 'mon oncle': the line calling him so is Léo's, the answer the uncle's.
    doc, fr = _lines("Le lac\n\nMon oncle ramait en silence. Mon cousin Léo regardait l'eau.\n\n"
                     "« On arrive bientôt, tonton ? »\n\n« Dans dix minutes. »\n", "fr")
    assert [who for _, who in fr] == ["Léo", "L'oncle"]


def test_the_subject_after_an_opening_phrase_or_a_semicolon_is_the_one_about_to_speak():
    # 'Au guichet, Margot ...' and '...; son frère Hugo ...': the untagged line after is theirs.
    _, fr = _lines("La gare\n\nMargot et Hugo partaient en vacances. Hugo lisait le journal sur un banc. Au guichet, Margot agita les billets.\n\n"
                   "« Quai numéro trois ! »\n\n« J'arrive. »\n", "fr")
    assert [who for _, who in fr] == ["Margot", "Hugo"]
    _, es = _lines("El tren\n\nEl tren salió con retraso. Ana miraba por la ventanilla; su hermano Pablo se había "
                   "dormido con la boca abierta.\n\n—¿Ya hemos llegado?\n\n—Todavía no. Duérmete otra vez.\n\nEl tren siguió su camino hacia el sur.\n", "es")
    assert [who for _, who in es] == ["Pablo", "Ana"]


def test_the_first_untagged_line_after_a_newcomer_came_in_alone_is_theirs():
    # Someone of his gender (Marc) is in the scene, so 'un homme' is no one of his own yet; the paragraph
    # that brings him in names no one else, so the line after it, tagged by an action only, is his.
    doc, es = _lines("La tienda\n\nMarc y Lola ordenaban las estanterías de la tienda.\n\n—Faltan cajas —dijo Marc.\n\n"
                     "—Mañana traen más —dijo Lola.\n\nSonó la campanilla. Entró un hombre con un paraguas.\n\n"
                     "—Buenas tardes —se sacudió el abrigo—. ¿Tienen pilas?\n\n—Al fondo —contestó Lola.\n", "es")
    assert es[2][1] not in ("Marc", "Lola", None) and es[3][1] == es[2][1]


def test_a_noun_for_a_child_is_not_the_one_with_a_title():
    # 'le garçon' is Yanis (whose gender nothing said yet), not Papy Robert, the only man the story names
    # with a gender.
    doc, fr = _lines("La pêche\n\nPapy Robert, Inès et Yanis pêchaient au bord de l'étang. Yanis regardait son "
                     "bouchon.\n\n« Ça mord ? demanda Papy Robert. »\n\n« Pas chez moi, dit Inès. »\n\n"
                     "« Rien du tout, grogna le garçon. »\n\nL'eau restait immobile.\n", "fr")
    assert fr[-1][1] == "Yanis"


def test_a_line_opening_with_a_title_and_a_name_says_who_the_unnamed_speaker_is():
    # 'une femme' speaks as 'La femme' until her line opens with 'Madame Leroux.': her lines are hers, the
    # earlier ones too.
    doc, fr = _lines("Le lavoir\n\nPaul et Anne attendaient devant la machine. Une femme en manteau bleu s'approcha.\n\n"
                     "« Elle est en panne ? demanda-t-elle. »\n\n« Depuis ce matin, dit Paul. »\n\n"
                     "« Madame Leroux. J'habite au-dessus. Je connais cette machine. »\n\n"
                     "« Merci, dit Anne. »\n\n« De rien, répondit Madame Leroux. »\n\nLa machine redémarra.\n", "fr")
    assert fr[0][1] == fr[2][1] == "Madame Leroux"


def test_ich_bin_before_a_title_names_the_speaker_who_was_only_die_frau():
    # 'eine alte Frau' talks as 'Die Frau' until 'Ich bin übrigens Frau Brenner.': all her lines are hers; 'Ich
    # bin Lehrer' names no one.
    doc, de = _lines("Der Bus\n\nLena und Tim warteten an der Haltestelle. Neben ihnen stand eine alte Frau mit "
                     "einem Schirm.\n\n„Der Bus kommt nie pünktlich“, sagte Tim.\n\n„Nie“, sagte die Frau. "
                     "„Ich bin übrigens Frau Brenner.“\n\n„Ich bin Lehrer“, sagte Tim. „Und das ist Lena.“\n\n"
                     "Der Bus bog um die Ecke.\n", "de")
    assert "Frau Brenner" in doc.characters and "Lehrer" not in doc.characters
    assert de[1][1] == de[2][1] == "Frau Brenner"


def test_a_first_name_only_ever_called_in_speech_is_someone_and_an_interjection_is_not():
    # 'Sonia, hija, ...' and '..., Sonia.': a name the narration never gives; 'Anda, ...' and 'Niña, ...' are no
    # one; '¡Daniel!' to the Dani of the story is Dani.
    doc, es = _lines("La peluquería\n\nMerche peinaba a una clienta. Dani barría el suelo.\n\n"
                     "—Sonia, hija, tráeme las tijeras.\n\n—Anda, niña, que no tenemos todo el día —dijo Merche.\n\n"
                     "—Ya voy, Merche.\n\n—Gracias, Sonia.\n\n—¡Daniel! Barre también la entrada —dijo Merche.\n\n"
                     "La tarde pasó despacio en la peluquería.\n", "es")
    assert "Sonia" in doc.characters
    assert not {"Anda", "Niña", "Daniel"} & set(doc.characters)
    assert es[2][1] == "Sonia"


def test_a_name_called_mid_line_answers_the_unnamed_newcomer():
    # 'ein junger Mann' speaks as 'Der Mann' until 'Du bist spät, Deniz. ...' calls him: he is Deniz.
    doc, de = _lines("Das Café\n\nMelanie und ihr Vater saßen am Fenster.\n\n„Noch ein Kaffee?“, fragte Melanie.\n\n"
                     "„Gern“, sagte ihr Vater.\n\nDie Tür ging auf, und ein junger Mann stürzte herein.\n\n"
                     "„Entschuldigung!“, keuchte er.\n\n„Du bist spät, Deniz. Setz dich.“\n\nDraußen regnete es.\n", "de")
    assert "Deniz" in doc.characters and de[2][1] == "Deniz"


def test_an_adverb_opening_a_line_with_a_comma_is_no_name():
    # '—Mañana, no. El jueves.' opens with a word gender-guesser knows as a name: it is an adverb, no one.
    doc, _ = _lines("El gimnasio\n\nMarta salió del vestuario. Andrés la esperaba.\n\n—¿Vienes el sábado? —preguntó "
                    "Andrés.\n\n—Mañana, no. El jueves.\n\n—¿Qué jueves?\n\n—El de noviembre.\n\nAndrés apuntó algo en su "
                    "carpeta.\n", "es")
    assert "Mañana" not in doc.characters
