package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.chunk.Sentences;
import se.fyren.knowledge.ingest.ReportFolders;

/**
 * The kind of answer a question asks for is decided by the cue that comes first; a cost
 * asked as "what is the cost" is a cost, not a definition.
 */
class QuestionKindTest {

	@Test
	void aBudgetAskedForIsASumAndABudgetOfOtherThingsIsNot() {
		for (String sum : List.of("vilken budget har region dalarna för folkhälsa",
				"hur stor budget har leksand för fika", "what budget does Falun have for public health?",
				"how big is the budget for the learning project?")) {
			assertThat(QuestionKind.COST.cuedBy(sum)).as(sum).isTrue();
		}
		// Which boards, which budgets, what process, what cuts: no sum asked.
		for (String other : List.of("vilken budgetprocess har uppsala", "vilka nämnders budget minskade",
				"vilka budgetar påverkas av besparingarna", "what budget process does uppsala follow?",
				"what budget cuts did falun make?", "vilken sorts budget används")) {
			assertThat(QuestionKind.COST.cuedBy(other)).as(other).isFalse();
		}
	}

	@Test
	void aFigureWrittenAsAWordIsAFigureFromTwoToAThousand() {
		// "sjutton", "nittio" were no figure before: the words were listed three times,
		// each list with its own gaps.
		assertThat(QuestionKind.holdsFigure("Det kom sjutton personer.")).isTrue();
		assertThat(QuestionKind.holdsFigure("Nittio procent svarade.")).isTrue();
		assertThat(QuestionKind.holdsFigure("Ingen siffra här.")).isFalse();
		// A count word opening its sentence is a figure too.
		assertThat(QuestionKind.holdsFigure("Sju kommuner deltog i samlingen.")).isTrue();
	}

	@Test
	void anActorOpeningItsSentenceAnswersWho() {
		// "Kommunen ansvarar …" named no actor: the words were read in lower case only.
		assertThat(QuestionKind.WHO.heldBy("Kommunen ansvarar för samordningen.", false)).isTrue();
		assertThat(QuestionKind.WHO.heldBy("Ordförande förklarade mötet öppnat.", false)).isTrue();
		assertThat(QuestionKind.WHO.heldBy("Arbetet tog två år.", false)).isFalse();
	}

	@Test
	void howSomethingWasDoneWhenAsksNoTime() {
		assertThat(QuestionKind.of("hur gick det till när lärprojektet planerades")).isNotEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("hur går det till när en kommun går med")).isNotEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("till när pågår projektet")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("från och till när pågick samlingen")).isEqualTo(QuestionKind.WHEN);
	}

	@Test
	void aRoleInTheDefinitePluralAnswersWho() {
		// "-are" nouns drop their e before "-na": "samordnarna", not "samordnarena".
		assertThat(QuestionKind.WHO.heldBy("folkhälsosamordnarna samordnade arbetet.", false)).isTrue();
		assertThat(QuestionKind.WHO.heldBy("planerarna ritade om torget.", false)).isTrue();
		assertThat(QuestionKind.WHO.heldBy("parkeringen blev en park.", false)).isFalse();
	}

	@Test
	void aBoardAnAssociationAnInitiativeOrACleftAnswersWho() {
		assertThat(QuestionKind.WHO.heldBy("Beslutet fattas av kommunstyrelsen.", false)).isTrue();
		assertThat(QuestionKind.WHO.heldBy("Idén kom från idrottsföreningen på orten.", false)).isTrue();
		assertThat(QuestionKind.WHO.heldBy("Arbetet initierades av skolans elevråd.", false)).isTrue();
		assertThat(QuestionKind.WHO.heldBy("Varje nämnd ansvarar för sin budget.", false)).isTrue();
		assertThat(QuestionKind.WHO.heldBy("Initiativet kom från föräldrarna själva.", false)).isTrue();
		// A cleft sets apart whoever it names, an actor no word above knows too.
		assertThat(QuestionKind.WHO.heldBy("Det är skolsköterskan som kallar till mötet.", false)).isTrue();
		// "Det är viktigt att …", "Det är ofta …", "Detta är ett …", "Det är därför som
		// …"
		// open no cleft on an actor; an initiative or a start names no one by itself.
		assertThat(QuestionKind.WHO.heldBy("Det är viktigt att stödja barn som lever i utsatthet.", false)).isFalse();
		assertThat(QuestionKind.WHO.heldBy("Det är ofta barn som drabbas.", false)).isFalse();
		assertThat(QuestionKind.WHO.heldBy("Detta är ett verktyg som används i skolan.", false)).isFalse();
		assertThat(QuestionKind.WHO.heldBy("Det är därför som arbetet tar tid.", false)).isFalse();
		assertThat(QuestionKind.WHO.heldBy("Projektet initierades 2019.", false)).isFalse();
		assertThat(QuestionKind.WHO.heldBy("Initiativet syftar till bättre hälsa.", false)).isFalse();
		assertThat(QuestionKind.WHO.heldBy("Detta nämnde också rapporten om skolan.", false)).isFalse();
	}

	@Test
	void aReasonIsHeldInAnyCaseAndByAnAdvantageOrACause() {
		// A purpose or a cause that opens its sentence was no reason: the words were read
		// in lower case only.
		assertThat(QuestionKind.WHY.heldBy("Syftet är att slippa rundgång hos flera myndigheter.", false)).isTrue();
		assertThat(QuestionKind.WHY.heldBy("Eftersom teamet träffas ofta går det fort.", false)).isTrue();
		assertThat(QuestionKind.WHY.heldBy("En fördel med att ha cheferna representerade är att beslut kan tas direkt.",
				false))
			.isTrue();
		assertThat(QuestionKind.WHY.heldBy("Orsaken är den höga personalomsättningen.", false)).isTrue();
		// An allotment is no advantage, nor a sentence that gives no reason.
		assertThat(QuestionKind.WHY.heldBy("Fördelningen av resurser görs av nämnden.", false)).isFalse();
		assertThat(QuestionKind.WHY.heldBy("Teamet träffas en gång i månaden.", false)).isFalse();
	}

	@Test
	void aRiskAnIncentiveOrAMotiveGivesAReason() {
		assertThat(QuestionKind.WHY.heldBy("Risken är annars att vi belastas av administrativa bördor.", false))
			.isTrue();
		assertThat(QuestionKind.WHY.heldBy("Samordningsvinster och ömsesidig nytta är viktiga incitament.", false))
			.isTrue();
		assertThat(QuestionKind.WHY.heldBy("Tanken är att alla ska delta.", false)).isTrue();
		assertThat(QuestionKind.WHY.heldBy("The aim is to reach every pupil.", false)).isTrue();
		// A risk named as a thing, a score and a picture's subject give no reason.
		assertThat(QuestionKind.WHY.heldBy("Risken för ohälsa ökar med åldern.", false)).isFalse();
		assertThat(QuestionKind.WHY.heldBy("Risken är låg.", false)).isFalse();
		assertThat(QuestionKind.WHY.heldBy("The risk of ill health increases with age.", false)).isFalse();
		assertThat(QuestionKind.WHY.heldBy("Poängen i testet var 12.", false)).isFalse();
		assertThat(QuestionKind.WHY.heldBy("Bildens motiv är en fyr.", false)).isFalse();
	}

	@Test
	void askingWhatSomethingIsForAsksWhy() {
		assertThat(QuestionKind.of("vad är poängen med dialogkedjan")).isEqualTo(QuestionKind.WHY);
		assertThat(QuestionKind.of("vad är elevhälsodatabasen till för?")).isEqualTo(QuestionKind.WHY);
		assertThat(QuestionKind.of("whats the point of the dialogue chain?")).isEqualTo(QuestionKind.WHY);
		assertThat(QuestionKind.of("What is the purpose of the learning project?")).isEqualTo(QuestionKind.WHY);
		// What a thing is, not what it is for; "för" that opens a phrase of its own.
		assertThat(QuestionKind.of("vad är elevhälsodatabasen?")).isEqualTo(QuestionKind.DEFINITION);
		assertThat(QuestionKind.of("vad är det som leder till för tidig död?")).isNotEqualTo(QuestionKind.WHY);
	}

	@Test
	void whatAQuestionSetsAsideCuesNoKind() {
		// "Besides rising costs, what staffing problem …" was refused as a cost the
		// reports give no sum for.
		assertThat(QuestionKind.of("förutom kostnaderna, vilka problem väntar äldreomsorgen?"))
			.isEqualTo(QuestionKind.LIST);
		assertThat(QuestionKind.of("Apart from the fee, who runs the course?")).isEqualTo(QuestionKind.WHO);
		assertThat(QuestionKind.COST.cuedBy("besides the costs, what else grows?")).isFalse();
		// What it asks after the words it sets aside still counts.
		assertThat(QuestionKind.of("vad kostar kursen utöver lokalhyran?")).isEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("utöver konsultationsteamet – vilka verksamheter sitter i gruppen"))
			.isEqualTo(QuestionKind.LIST);
	}

	@Test
	void whatAQuestionSetsAsideWithoutACommaEndsAtItsQuestionWord() {
		// Chat leaves out the comma: the words set aside ran on to the question's end,
		// and what it asked for cued nothing.
		assertThat(QuestionKind.of("utöver trygghetsplatserna vad kostar satsningen")).isEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("förutom Maria Ronsten vem kan jag kontakta i smedjebacken"))
			.isEqualTo(QuestionKind.CONTACT);
		assertThat(QuestionKind.of("besides the chair who attended the meeting")).isEqualTo(QuestionKind.WHO);
		assertThat(QuestionKind.COST.cuedBy("förutom kostnaderna vilka problem väntar")).isFalse();
	}

	@Test
	void whenBeforeItsSubjectsPronounJoinsAClauseAndAsksNoTime() {
		// Each was read as asking for a date.
		assertThat(QuestionKind.of("vad bjöd strategen på när hen besökte nämnderna?")).isEqualTo(QuestionKind.OTHER);
		assertThat(QuestionKind.of("hur fick man med barnen när man byggde om området?")).isEqualTo(QuestionKind.OTHER);
		assertThat(QuestionKind.of("vad stötte dom på när dom körde igång programmet")).isEqualTo(QuestionKind.OTHER);
		// A question's "när" stands before its verb, or after a verb of asking.
		assertThat(QuestionKind.of("när antogs planen?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("vet du när man kan anmäla sig?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("nån som vet när brukarrådet är?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("står det när de började med teamet?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("vad vet man när det gäller barnfattigdom?")).isNotEqualTo(QuestionKind.WHEN);
		// The same in English.
		assertThat(QuestionKind.of("what did she offer the committees when she visited them?"))
			.isNotEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("when was the plan adopted?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("when exactly did the course start")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("the learning project, when?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("when's the next meeting")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("when in the year does the data arrive?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("when next meeting in leksand?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("the invitation – when is the first meeting?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("what did the course say about power when partners are unequal"))
			.isNotEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind
			.of("The report says power can be lopsided when organisations work together – what kinds of power does it name?"))
			.isNotEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("do you know when they started?")).isEqualTo(QuestionKind.WHEN);
	}

	@Test
	void whenInsideASentenceJoinsAClauseUnlessItFollowsSinceOrAndOrEndsTheQuestion() {
		assertThat(QuestionKind.of("vad säger rapporten om föräldrarnas roll när skolan ska förändras"))
			.isEqualTo(QuestionKind.OTHER);
		assertThat(QuestionKind.of("When we plan a new measure, should we ask the residents first?"))
			.isNotEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("sen när finns familjecentralen i orsa?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("senast när ska beslutet vara fattat?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("planen, blev den antagen o när?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("nästa träff när")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("lärprojektet: när startade det?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("när samverkan funkar bra, vad händer med makten då")).isEqualTo(QuestionKind.OTHER);
		assertThat(QuestionKind.of("hej! när samverkan funkar bra - vad händer med makten då"))
			.isEqualTo(QuestionKind.OTHER);
		assertThat(QuestionKind.of("snabb fråga: när samverkan funkar bra, vad händer med makten då"))
			.isEqualTo(QuestionKind.OTHER);
		// A question's own "när", with a word between it and its verb, still asks when.
		assertThat(QuestionKind.of("när exakt startade projektet, vem ledde det?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("när gick samlingen i mål, vad blev resultatet?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("which year groups took part?")).isEqualTo(QuestionKind.LIST);
		assertThat(QuestionKind.of("när skolan planerar budget, vilka grupper ska prioriteras?"))
			.isEqualTo(QuestionKind.LIST);
		assertThat(QuestionKind.of("when partners trust each other, why does it work?")).isEqualTo(QuestionKind.WHY);
		assertThat(QuestionKind.of("när antogs planen, och vad stod det i den?")).isEqualTo(QuestionKind.WHEN);
		// Asked how or what first, then when: more than a date is asked.
		assertThat(QuestionKind.of("jobb i norr – hur kommer man igång, när kopplas kommunen in?"))
			.isEqualTo(QuestionKind.OTHER);
		assertThat(QuestionKind.of("what did they decide, and when did it start?")).isEqualTo(QuestionKind.OTHER);
		assertThat(QuestionKind.of("när kopplas kommunen in, och hur?")).isEqualTo(QuestionKind.WHEN);
		// An opener that names the topic, or a question of its own before, asks no more.
		assertThat(List.of("vad gäller projektet, när startade det?", "hur som helst, när är nästa möte?",
				"hur är läget? när är nästa möte?", "what about the plan, when was it adopted?"))
			.allSatisfy(question -> assertThat(QuestionKind.of(question)).as(question).isEqualTo(QuestionKind.WHEN));
		assertThat(QuestionKind.of("when was the plan adopted, and what did it say?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("which year did they start?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("hlv-datan, vilka år finns?")).isEqualTo(QuestionKind.WHEN);
		// A verb straight after "när", or a word that leads to it, asks a time.
		assertThat(List.of("kan du berätta när nästa möte är?", "ungefär när kommer rapporten?",
				"exakt när startade projektet?", "fram till när pågick samlingen?", "minns du när planen antogs?"))
			.allSatisfy(question -> assertThat(QuestionKind.of(question)).as(question).isEqualTo(QuestionKind.WHEN));
	}

	@Test
	void howToReachSomeoneIsAContactAskedFor() {
		assertThat(QuestionKind.of("vem ska jag kontakta om barnhälsoteamet?")).isEqualTo(QuestionKind.CONTACT);
		assertThat(QuestionKind.of("vem ska man höra av sig till, vill ha namn o mejl"))
			.isEqualTo(QuestionKind.CONTACT);
		assertThat(QuestionKind.of("vad har hon för telefonnummer?")).isEqualTo(QuestionKind.CONTACT);
		assertThat(QuestionKind.of("who is the contact person for the strategy?")).isEqualTo(QuestionKind.CONTACT);
		// Words that do not ask to reach anyone: past and passive forms, interviews and
		// surveys by phone, "ringa" the adjective.
		assertThat(QuestionKind.of("vilka aktörer kontaktades under kartläggningen?"))
			.isNotEqualTo(QuestionKind.CONTACT);
		assertThat(QuestionKind.of("vad kom fram i telefonintervjuerna?")).isNotEqualTo(QuestionKind.CONTACT);
		assertThat(QuestionKind.of("what did the phone survey show?")).isNotEqualTo(QuestionKind.CONTACT);
		assertThat(QuestionKind.of("vad är det för ringa kunskap de har?")).isNotEqualTo(QuestionKind.CONTACT);
		assertThat(QuestionKind.of("vem kan jag ringa om teamet?")).isEqualTo(QuestionKind.CONTACT);
		assertThat(QuestionKind.of("vem ska kontaktas om anmälan?")).isEqualTo(QuestionKind.CONTACT);
		assertThat(QuestionKind.of("vem kan jag mejla om kursen?")).isEqualTo(QuestionKind.CONTACT);
		assertThat(QuestionKind.of("vem vänder jag mig till om lärprojektet?")).isEqualTo(QuestionKind.CONTACT);
		assertThat(QuestionKind.of("who to contact about the course?")).isEqualTo(QuestionKind.CONTACT);
		// An e-mail being written is no address asked for; a time asked stays one.
		assertThat(QuestionKind.of("vad ska vi få ut av projektet? behöver en rad till mejlet till chefen"))
			.isNotEqualTo(QuestionKind.CONTACT);
		assertThat(QuestionKind.of("när ska man ringa in anmälan?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.CONTACT.heldBy("Angela Poroli 0225-34199", false)).isTrue();
		assertThat(QuestionKind.CONTACT.heldBy("eva.larsson@mora.se", false)).isTrue();
		assertThat(QuestionKind.CONTACT.heldBy("Under 2018 kom 2500 personer.", false)).isFalse();
		assertThat(QuestionKind.holdsCount("Anette Gerlström Tel 073-5795365")).as("a phone number counts nothing")
			.isFalse();
	}

	@Test
	void aCostAskedAsWhatIsTheCostIsACost() {
		assertThat(QuestionKind.of("What is the cost of the water familiarisation courses?"))
			.isEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("what's the price for a municipality to join?")).isEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("vad är kostnaden för kursen?")).isEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("What's the yearly budget of the department?")).isEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("What is the yearly budget of the department?")).isEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("vad är projektets budget?")).isEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("vad e årsbudgeten för avdelningen?")).isEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("when is the budget of the municipality decided?")).isEqualTo(QuestionKind.WHEN);
	}

	@Test
	void dietAndPayingAttentionAreNoCost() {
		assertThat(QuestionKind.of("hur viktig är kosten för barns hälsa?")).isNotEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("how do young people spend their free time?")).isNotEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("what should municipalities pay attention to?")).isNotEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("vad kostade projektet?")).isEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("what did the region pay for the course?")).isEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("what did Uppsala pay Statisticon for the social compass?"))
			.isEqualTo(QuestionKind.COST);
		// Attention paid, with words between it and "for", is still no money.
		assertThat(QuestionKind.of("what did they pay attention to for the youth?")).isNotEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("did they pay special attention for the elderly?")).isNotEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("who should pay a visit for the follow-up?")).isNotEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("did the prevention work pay off for children?")).isNotEqualTo(QuestionKind.COST);
	}

	@Test
	void theWorldHealthOrganizationAsksForNoPerson() {
		assertThat(QuestionKind.of("den globala WHO-kommissionen kom fram till tre övergripande råd – vilka?"))
			.isEqualTo(QuestionKind.LIST);
		assertThat(QuestionKind.of("vilka rekommendationer gav who-kommissionen?")).isEqualTo(QuestionKind.LIST);
		assertThat(QuestionKind.of("Vad säger WHO om jämlik hälsa?")).isEqualTo(QuestionKind.OTHER);
		assertThat(QuestionKind.of("who led the commission?")).isEqualTo(QuestionKind.WHO);
		assertThat(QuestionKind.of("Who chairs the group?")).isEqualTo(QuestionKind.WHO);
	}

	@Test
	void whichActorAsksForANameAsWhoDoes() {
		assertThat(QuestionKind.of("Vilken konsultfirma anpassade WHO:s kurs?")).isEqualTo(QuestionKind.WHO);
		assertThat(QuestionKind.of("which agency wrote the report?")).isEqualTo(QuestionKind.WHO);
		assertThat(QuestionKind.of("vilken kommun började först?")).isEqualTo(QuestionKind.WHO);
		assertThat(QuestionKind.of("vilka kommuner var med?")).isEqualTo(QuestionKind.LIST);
		assertThat(QuestionKind.of("vilken rapport nämns?")).isEqualTo(QuestionKind.OTHER);
		assertThat(QuestionKind.of("vilket företag anpassade kursen?")).isEqualTo(QuestionKind.WHO);
		assertThat(QuestionKind.of("which consultants did the evaluation?")).isEqualTo(QuestionKind.LIST);
	}

	@Test
	void aDateIsADateInAnyCaseAndAMonthOrASeasonIsOne() {
		assertThat(QuestionKind.WHEN.heldBy("NÄSTA MÖTE DEN 24 NOVEMBER VÅRDCENTRALEN", false)).isTrue();
		assertThat(QuestionKind.WHEN.heldBy("Måndag är mötesdag.", false)).isTrue();
		assertThat(QuestionKind.WHEN.heldBy("Data levereras under april-maj.", false)).isTrue();
		assertThat(QuestionKind.WHEN.heldBy("Arbetet startar i sommaren.", false)).isTrue();
		assertThat(QuestionKind.WHEN.heldBy("NÄSTA MÖTE PÅ VÅRDCENTRALEN", false)).isFalse();
		assertThat(QuestionKind.WHEN.heldBy("Majoriteten av kommunerna deltog.", false)).isFalse();
		// A sentence that opens with its condition answers "när" as in what case; "om"
		// elsewhere, or a heading's "Om" (about), does not.
		assertThat(QuestionKind.WHEN.heldBy("Om barnet behöver det ordnas ett möte.", false)).isTrue();
		assertThat(QuestionKind.WHEN.heldBy("Stödet ges. Om barnet behöver det ordnas ett möte.", false)).isFalse();
		assertThat(QuestionKind.WHEN.heldBy("Vi pratade bl.a. om kost.", false)).isFalse();
		assertThat(QuestionKind.WHEN.heldBy("Om Samlingen", false)).isFalse();
		assertThat(QuestionKind.WHEN.heldBy("om barnen", false)).isFalse();
	}

	@Test
	void howLongAsksForALengthOfTimeOrTheDateItRunsTo() {
		assertThat(QuestionKind.of("how long do we have access?")).isEqualTo(QuestionKind.DURATION);
		assertThat(QuestionKind.of("hur länge har botkyrka kört med dialogkedjan?")).isEqualTo(QuestionKind.DURATION);
		assertThat(QuestionKind.of("hur lång är kursen?")).isEqualTo(QuestionKind.NUMBER);
		assertThat(QuestionKind.DURATION.heldBy("tillgången upphör när projektet löper ut 2020.", false)).isTrue();
		assertThat(QuestionKind.DURATION.heldBy("under cirka 10 år", false)).isTrue();
		assertThat(QuestionKind.DURATION.heldBy("Databasen kan delas mellan kommunerna.", false)).isFalse();
		assertThat(QuestionKind.DURATION.heldBy("Det tog ett halvår.", false)).isTrue();
		assertThat(QuestionKind.DURATION.heldBy("Rapporten skrevs 2019.", false)).isFalse();
		assertThat(QuestionKind.DURATION.heldBy("Vi var 15 deltagare.", false)).isFalse();
	}

	@Test
	void aDefinitionStaysADefinition() {
		assertThat(QuestionKind.of("What is a change agent?")).isEqualTo(QuestionKind.DEFINITION);
		assertThat(QuestionKind.of("vad är dialogkedjan?")).isEqualTo(QuestionKind.DEFINITION);
	}

	@Test
	void whatAnAbbreviationStandsForAsksForADefinition() {
		assertThat(QuestionKind.of("vad står ANDT för?")).isEqualTo(QuestionKind.DEFINITION);
		assertThat(QuestionKind.of("vad står förkortningen bup för")).isEqualTo(QuestionKind.DEFINITION);
		assertThat(QuestionKind.of("What does ANDT stand for in the notes?")).isEqualTo(QuestionKind.DEFINITION);
		assertThat(QuestionKind.of("vad står det om bup för barn")).isNotEqualTo(QuestionKind.DEFINITION);
		// What a body stands for is what it does, not a definition.
		assertThat(QuestionKind.of("vad står region dalarna för i samlingen?")).isNotEqualTo(QuestionKind.DEFINITION);
	}

	@Test
	void aYearADateATimeAReferenceOrAnItemsNumberCountsNothing() {
		assertThat(QuestionKind.holdsCount("Arbetsträff 2018: 5 september kl. 9.00 - 15.00, Falun.")).isFalse();
		assertThat(QuestionKind.holdsCount("Det beror på arbetslösheten (16). Åtgärdsområde 13 handlar om")).isFalse();
		assertThat(QuestionKind.holdsCount("6. Statistik bifogas")).isFalse();
		assertThat(QuestionKind.holdsCount("Målområde 5 och kapitel 3")).isFalse();
		assertThat(QuestionKind.holdsCount("Av de 15 deltagarna svarade tolv")).isTrue();
		assertThat(QuestionKind.holdsCount("2014: 576 dagar")).isTrue();
		assertThat(QuestionKind.holdsCount("Drygt 30 kommuner deltog.")).isTrue();
		assertThat(QuestionKind.holdsCount("De 15 deltagarna kom från sju kommuner.")).isTrue();
		assertThat(QuestionKind.holdsCount("Från Falun deltog 12. Dessutom kom fler.")).isTrue();
	}

	@Test
	void anItemsLabelOrAnAgeThatBoundsWhoIsMeantCountsNothing() {
		assertThat(QuestionKind.holdsCount("1) Simkurser för kvinnor över 16 år som inte kan simma.")).isFalse();
		assertThat(QuestionKind.holdsCount("Målgruppen är 20-25-åringar i kommunen.")).isFalse();
		assertThat(QuestionKind.holdsCount("Open to women over 18 years of age.")).isFalse();
		// After another word, the years say how long: a measure.
		assertThat(QuestionKind.holdsCount("Utvecklingen har pågått i över 30 år.")).isTrue();
		assertThat(QuestionKind.holdsCount("Projektet pågick under 3 år.")).isTrue();
		assertThat(QuestionKind.holdsCount("I 10-15 år har kommunen arbetat så.")).isTrue();
		// A count beside them is still one.
		assertThat(QuestionKind.holdsCount("1) Simkurser: 40 kvinnor över 16 år deltog.")).isTrue();
		assertThat(QuestionKind.holdsCount("Av 20-25-åringarna fick 45 jobb.")).isTrue();
		assertThat(QuestionKind.holdsCount("Barn under 3 år: 120 platser.")).isTrue();
	}

	@Test
	void whatBeforeAPluralNounAsksForAListInEnglish() {
		for (String question : List.of("what personal qualities does a change agent need?",
				"In what formats can you view the data?", "what kinds of power does it name?",
				"What environmental hazards for children should the programme tackle?")) {
			assertThat(QuestionKind.of(question)).as(question).isEqualTo(QuestionKind.LIST);
		}
		// A verb of its own, a kind asked for, or a singular noun asks for no list.
		for (String question : List.of("What happens if an organisation is more differentiated?",
				"what counts as a deviation?", "In health care, what kind of stories do we need?",
				"what map was the dialogue supposed to produce?", "what does the report say about housing?",
				"what is the aim of the course?", "What happens when municipalities are merged?")) {
			assertThat(QuestionKind.of(question)).as(question).isNotEqualTo(QuestionKind.LIST);
		}
		// Another kind asked keeps its kind.
		assertThat(QuestionKind.of("What percentage of participants were women?")).isEqualTo(QuestionKind.NUMBER);
		assertThat(QuestionKind.of("In what years was the Lupp survey done?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("What costs does the project have?")).isEqualTo(QuestionKind.COST);
	}

	@Test
	void aNumberInWordsCountsInATextWithoutDigits() {
		assertThat(QuestionKind.holdsCount("Sju av tio kommuner deltog i hälften av träffarna.")).isTrue();
		assertThat(QuestionKind.holdsCount("Kommunerna deltog i träffarna under hösten.")).isFalse();
	}

	@Test
	void aCountStandsBesideFiguresThatCountNothing() {
		assertThat(QuestionKind.holdsCount("Kapitel 2 visar att 40 kom till träffen 2018.")).isTrue();
		assertThat(QuestionKind.holdsCount("Den 5 september 2014 kom tre personer.")).isTrue();
		assertThat(QuestionKind.holdsCount("Den 5 september 2014 kl. 9.00 i Falun.")).isFalse();
	}

	@Test
	void aRequestForEveryItemAsksForAListWhereverItStands() {
		assertThat(QuestionKind.of("hur jobbar man med det i skolan? ge mig alla punkterna"))
			.isEqualTo(QuestionKind.LIST);
		assertThat(QuestionKind.of("vad krävs för att lyckas, skicka hela listan")).isEqualTo(QuestionKind.LIST);
		assertThat(QuestionKind.of("what do they recommend? I need the full list")).isEqualTo(QuestionKind.LIST);
		assertThat(QuestionKind.of("vad är det som gör att det funkar? vill ha alla faktorerna"))
			.isEqualTo(QuestionKind.LIST);
		// Chat's other ways of asking for every item.
		for (String question : List.of("vad kom dialogen fram till? alla punkter pls", "dom fem tipsen – alla fem?",
				"vad ska upp på mötet, hela raddan", "what makes a partnership work? I need the whole checklist",
				"vad ska man klara efter kursen? alla målen")) {
			assertThat(QuestionKind.of(question)).as(question).isEqualTo(QuestionKind.LIST);
		}
		assertThat(QuestionKind.of("what is the complete specialist training?")).isNotEqualTo(QuestionKind.LIST);
		// A number, a date, a person or a cost of all of them is still that; "alla"
		// after a preposition is what the question is about; "alla" before an indefinite
		// plural asks for no list.
		assertThat(QuestionKind.of("Hur många av alla eleverna röker?")).isEqualTo(QuestionKind.NUMBER);
		assertThat(QuestionKind.of("När träffades alla kommunerna?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("Vem ansvarar för alla insatserna?")).isEqualTo(QuestionKind.WHO);
		assertThat(QuestionKind.of("Vad kostar det för alla deltagarna?")).isEqualTo(QuestionKind.COST);
		assertThat(QuestionKind.of("hur ser det ut för alla barnen i dalarna")).isNotEqualTo(QuestionKind.LIST);
		assertThat(QuestionKind.of("Do all of them smoke?")).isNotEqualTo(QuestionKind.LIST);
		assertThat(QuestionKind.of("när ska alla kommuner ha en plan?")).isEqualTo(QuestionKind.WHEN);
		assertThat(QuestionKind.of("varför är det bra för alla barn?")).isEqualTo(QuestionKind.WHY);
	}

	@Test
	void aRequestForEveryItemTackedOnAfterTheQuestionAsksForAList() {
		for (String question : List.of("mindre bilåkande – vad vinner kommunen på det förutom hälsan? alla fördelar",
				"skl-guidens planeringssteg, alla delsteg", "vad gör de? vill ha alla delar tack")) {
			assertThat(QuestionKind.of(question)).as(question).isEqualTo(QuestionKind.LIST);
		}
		// Within the question "alla" before an indefinite plural is what it is about.
		assertThat(QuestionKind.of("vad säger rapporten om alla barn i dalarna")).isEqualTo(QuestionKind.OTHER);
		assertThat(QuestionKind.of("vad kostar det? för alla deltagare")).isEqualTo(QuestionKind.COST);
		// Naming again what the question is about asks of every one, not for a list.
		assertThat(QuestionKind.of("Vad gäller för skolorna, alla skolor?")).isNotEqualTo(QuestionKind.LIST);
	}

	@Test
	void itemsAskedForByTheirNumberAskForAList() {
		for (String question : List.of(
				"vad krävs för att ett riktigt samtal ska uppstå mellan parterna, dom fyra dragen enl slutrapporten",
				"Uppsala's guideline under CEMR – what are the three approaches they prioritise?",
				"vad landade samlingen i för förslag, de två grejerna regionen borde göra")) {
			assertThat(QuestionKind.of(question)).as(question).isEqualTo(QuestionKind.LIST);
		}
		// A stretch of time so counted is no list, nor two things compared, nor what the
		// counted things are; another kind asked keeps its kind.
		assertThat(QuestionKind.of("vad hände de två senaste åren")).isEqualTo(QuestionKind.OTHER);
		assertThat(QuestionKind.of("Vad hände under de tre terminerna?")).isEqualTo(QuestionKind.OTHER);
		assertThat(QuestionKind.of("What is the difference between the two methods?")).isNotEqualTo(QuestionKind.LIST);
		assertThat(QuestionKind.of("Vad är skillnaden mellan de två modellerna?")).isNotEqualTo(QuestionKind.LIST);
		assertThat(QuestionKind.of("what happened in the five years after")).isEqualTo(QuestionKind.OTHER);
		assertThat(QuestionKind.of("hur många deltog de tre kommunerna med")).isEqualTo(QuestionKind.NUMBER);
	}

	@Test
	void aNumberQuestionIsAnsweredByACountNotByAYearOrADate() {
		assertThat(QuestionKind.NUMBER.heldBy("Projektet pågick hösten 2014 och våren 2016.", false)).isFalse();
		assertThat(QuestionKind.NUMBER.heldBy("Arbetsträff den 5 september kl. 9.00.", false)).isFalse();
		assertThat(QuestionKind.NUMBER.heldBy("Av de 45 som genomgick coaching har 33 kommit vidare.", false)).isTrue();
		assertThat(QuestionKind.NUMBER.heldBy("Totalt beräknas sex workshops.", false)).isTrue();
	}

	@Test
	void figuresAndNamesTheQuestionHoldsAreNoAnswer() {
		NamedInQuestion named = NamedInQuestion.of("hur många i fokus 20-25 kom vidare efter 16 sept 2014?");

		assertThat(QuestionKind.NUMBER.heldBy(named.strippedFrom("Läs mer om projektet FOKUS 20-25"), false)).isFalse();
		assertThat(QuestionKind.WHEN.heldBy(named.strippedFrom("Minnesanteckningar 16 september 2014"), false))
			.isFalse();
		assertThat(named.strippedFrom("Av de 45 i FOKUS 20-25 kom 33 vidare.")).contains("45", "33", "kom", "vidare")
			.doesNotContain("FOKUS", "20");
		// "jul" is Christmas as often as July.
		assertThat(NamedInQuestion.of("vad händer till jul?").strippedFrom("i juli 2020")).contains("juli");
	}

	@Test
	void aUnitTheQuestionNamesNothingOfIsLeftAsItIs() {
		NamedInQuestion named = NamedInQuestion.of("hur många i fokus 20-25 kom vidare efter 16 sept 2014?");
		String unit = "Av de 45 som genomgick coaching har 33 kommit vidare.";

		// The very text: the answer extractor need not read it again for the kind asked.
		assertThat(named.strippedFrom(unit)).isSameAs(unit);
		assertThat(named.strippedFrom("Projektet FOKUS 20-25 startade i september."))
			.isEqualTo("Projektet    -  startade i  .");
	}

	@Test
	void aCountIsAFigureLeftWhenEveryFigureThatCountsNothingIsBlankedOut() {
		int counts = 0;
		int texts = 0;
		for (var report : new ReportFolders(List.of(SharedData.CORPUS)).loadAll()) {
			for (Passage passage : report.passages()) {
				List<String> sentences = Sentences.split(passage.text())
					.stream()
					.map(span -> passage.text().substring(span.start(), span.end()))
					.toList();
				for (String text : sentences) {
					// what holdsCount reads up to the first count it finds
					boolean blankedOut = QuestionKind
						.holdsFigure(QuestionKind.NOT_A_COUNT.matcher(text).replaceAll(" "));
					assertThat(QuestionKind.holdsCount(text)).as(text).isEqualTo(blankedOut);
					counts += blankedOut ? 1 : 0;
					texts++;
				}
			}
		}
		// both answers were given, so the comparison compared something
		assertThat(counts).isPositive().isLessThan(texts);
	}

	/**
	 * The answer patterns look ahead for the letters their words open with before trying
	 * the words: every word of the lists must still be found, in any case, mid-sentence.
	 */
	@Test
	void everyWordOfAKindsListIsFoundWhereverItStands() {
		List<String> numbers = List.of(NumberWords.SWEDISH_TWO_TO_TWELVE, NumberWords.SWEDISH_LARGER,
				NumberWords.ENGLISH_TWO_TO_TEN, "dussin|dussintals|handfull|miljon|miljoner|miljard|miljarder",
				"hälften|dubbelt|procent|hundred|thousand|half", "tiotal|åttiotal|hundratal|tusental");
		assertFoundInAnyCase(numbers, word -> QuestionKind.holdsFigure(word));
		assertFoundInAnyCase(numbers, word -> QuestionKind.NUMBER.heldBy(word, false));
		assertFoundInAnyCase(List.of(QuestionKind.SWEDISH_MONTHS,
				"måndag|tisdag|onsdag|torsdag|fredag|våren|hösten|sommaren|vintern|vecka", "2019|1998",
				"5 maj|12:e okt|1990-talet|80-tal"), word -> QuestionKind.WHEN.heldBy(word, false));
		assertFoundInAnyCase(List.of("5000 kr|kronor|miljoner kronor|kostnadsfritt|avgiftsfri|gratis|utan kostnad"
				+ "|betalar ingenting|free of charge"), word -> QuestionKind.COST.heldBy(word, false));
		assertFoundInAnyCase(List.of("3 år|en månad|ett år|två veckor|tre dagar|fyra timmar|fem terminer|sex år"
				+ "|sju år|åtta år|nio år|tio år|några år|flera år|one year|two weeks|three days|four hours"
				+ "|five months|six years|several years|a few weeks|halvåret|löper ut|upphör|till och med|fram till"
				+ "|until|t.o.m.|2019-2021"), word -> QuestionKind.DURATION.heldBy(word, false));
		assertFoundInAnyCase(List.of("eftersom|för att|därför|på grund av|syftet|syfte|leder till|bidrar till"
				+ "|anledningen|orsaken|skälet|beror på|fördelen|så att|because|in order to|risken är att"
				+ "|risken finns att|incitamenten|motivet till|tanken är|målet med|poängen är|the aim is"
				+ "|reasons|due to|so that"), word -> QuestionKind.WHY.heldBy(word, false));
		assertFoundInAnyCase(
				List.of("ordförande|chef|ansvarig|samordnare|strateg|planerare|sekreterare|ledare"
						+ "|direktör|kommunen|regionen|länsstyrelsen|myndighet|styrelse|fullmäktige|nämnden|förening"
						+ "|folkhälsostrategen|verksamhetschefen|nämnd|initiativet kom från|initierades av"),
				word -> QuestionKind.WHO.heldBy("x " + word.toLowerCase(Locale.ROOT) + " y", false));
		for (String word : "är|innebär|betyder|avser|definieras|handlar om|menas|kallas".split("\\|")) {
			assertThat(QuestionKind.DEFINITION.heldBy("Ordet " + word + " något.", false)).as(word).isTrue();
		}
	}

	private static void assertFoundInAnyCase(List<String> lists, Predicate<String> found) {
		for (String list : lists) {
			for (String word : list.split("\\|")) {
				for (String written : List.of(word, word.toUpperCase(Locale.ROOT),
						Character.toUpperCase(word.charAt(0)) + word.substring(1))) {
					assertThat(found.test("Det var " + written + " sedan.")).as(written).isTrue();
				}
			}
		}
	}

}
