"""What a person's name says about the pronoun that can stand for them (issue 14).

"He said" after a paragraph naming Hillary Clinton and Bernie Sanders is
Sanders: news writes "he" and "she" for people whose gender the reader can
tell from the name or the honorific. These lists give that evidence as data,
so a pronoun skips the people it cannot stand for; a name found in none of them
stays compatible with both pronouns (a wrong guess costs more than no guess).

Each family is lowercase; ambiguous first names (Jordan, Kelly, Leslie, Robin,
Jean, Taylor...) are in neither list on purpose.
"""

from __future__ import annotations

from service.backends.rules.lexicon import words

# Honorifics and gendered titles before a name: "Mr. Trump", "Mrs. Clinton", "Congresswoman Waters".
MALE_TITLES = words(
    "mr mr. sir lord king prince duke father brother sheikh ayatollah imam pope congressman councilman "
    "chairman spokesman assemblyman alderman businessman sultan emir archbishop cardinal rabbi"
)
FEMALE_TITLES = words(
    "mrs mrs. ms ms. miss madam madame dame lady queen princess duchess sister congresswoman councilwoman "
    "chairwoman spokeswoman assemblywoman alderwoman businesswoman countess baroness"
)

# Common English-language first names, and first names of people often in world and US news.
MALE_FIRST_NAMES = words(
    "aaron adam adrian al alan albert alberto alex alexander alfred ali allen alvin andre andrew andy angel "
    "angelo anthony antonio arnold arthur austin barack barry ben benjamin bernard bernie bill billy bob "
    "bobby boris brad bradley brandon brent brett brian bruce bryan byron calvin carl carlos cecil chad "
    "charles charlie chris christian christopher chuck clarence clark claude clifford clint clyde cody "
    "colin corey cory craig curtis dale dan daniel danny darrell darren dave david dean dennis derek "
    "devin dick don donald doug douglas duane dustin dwight earl ed eddie edgar eduardo edward edwin "
    "elijah elliot elon emmanuel enrique eric erik ernest eugene evan felix fernando floyd francis "
    "francisco frank franklin fred frederick gabriel gary gavin gene geoffrey george gerald gilbert glenn "
    "gordon graham greg gregory gustavo guy hank harold harry harvey hector henry herbert herman howard "
    "hugh hugo ian isaac ivan jack jacob jake james jamie jared jason javier jay jeb jeff jeffrey jeffery "
    "jeremy jerome jerry jesse jesus jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh "
    "joshua juan julian julio justin karl keith ken kenneth kevin kurt kyle lance larry lawrence lee leo "
    "leon leonard leroy lewis lindsey lloyd louis luis luke manuel marco marcus mario mark marshall "
    "martin marvin matt matthew maurice max melvin michael miguel mike mitch mitchell mohammed mohammad "
    "muhammad nathan nathaniel neil nelson newt nicholas nick nigel noah norman oliver omar orrin oscar "
    "owen pablo patrick paul pedro peter phil philip phillip rafael ralph ramon rand randall randy raul "
    "ray raymond reince reggie ricardo richard rick ricky rob robert roberto rod rodney roger roland ron "
    "ronald ross roy ruben rudy rudolph russell ryan sam samuel scott sean sergei sergio seth shane shaun "
    "sherrod stanley stephen steve steven stuart ted terry theodore thomas tim timothy todd tom tommy "
    "tony travis trent troy tyler vernon victor vincent vladimir wade walter warren wayne wesley willard "
    "william willie xi yuri zachary"
)
FEMALE_FIRST_NAMES = words(
    "abigail ada alice alicia alison allison alyssa amanda amber amy ana andrea angela angelina anita ann "
    "anna anne annie april barbara becky betsy betty beverly bonnie brenda brittany carla carly carmen "
    "carol caroline carolyn catherine cathy charlotte cheryl chelsea christina christine cindy claire "
    "claudia colleen connie crystal cynthia daisy dana danielle darlene dawn debbie deborah debra denise "
    "diana diane dianne donna doris dorothy edith eileen elaine eleanor elena elise eliza elizabeth ella "
    "ellen emily emma erica erin esther ethel eva evelyn florence frances gabrielle gail geraldine "
    "gillian gina gladys gloria grace gretchen hannah harriet hazel heather heidi helen hillary holly "
    "huma ida irene iris ivanka jacqueline jane janet janice jeanne jennifer jenny jessica jill joan "
    "joanna joanne josephine joy joyce judith judy julia julie june karen katherine kathleen kathryn "
    "kathy katie kay kayla kellyanne kim kimberly kirsten kristen laura lauren laurie linda lisa lois "
    "loretta lori lorraine louise lucy lynn mallory marcia margaret maria marie marilyn marine marion "
    "marjorie marsha martha mary maureen megan melania melissa michelle mildred monica nancy naomi "
    "natalie nicole nikki nina nora norma olivia pamela patricia paula pauline peggy penny phyllis "
    "rachel rebecca regina rhonda rita roberta rosa rose rosemary ruth sally samantha sandra sara sarah "
    "sharon sheila sherry shirley sonia sophia stacy stephanie sue susan suzanne sylvia tammy tanya "
    "tara teresa theresa tina tracy valerie vanessa vera veronica victoria virginia wanda wendy yvonne"
)

# Session 19: first names common in news beyond the English-language lists above, each given to one gender
# almost only ("Greta Holm resigned. He said ..." gave "he" to her: a name in neither list fits both pronouns,
# so the only evidence a reader has is the name itself). Names given to both (Jan, Andrea, Nikola, Kim, Sasha,
# Ling, Yuki) stay out, as above, and so do names that are also places or things news names ("Sofia", "Helena",
# "Santiago", "Solomon", "Marina", "Olive", "Levi").
MALE_FIRST_NAMES |= words(
    "anders axel bjorn gunnar hans henrik ingvar jens johan lars magnus nils olaf sven torsten ulf klaus dieter "
    "jurgen wolfgang stefan matthias andreas tobias florian lukas piotr pawel tomasz krzysztof marek dmitri dmitry "
    "alexei andrei mikhail nikolai oleg pavel igor giuseppe giovanni luca matteo paolo stefano alessandro lorenzo "
    "francesco massimo alejandro andres ignacio joaquin rodrigo mateo emilio gonzalo joao tiago rui jacques "
    "francois olivier philippe thierry yves etienne henri ahmed ahmad hassan hussein ibrahim khalid mustafa tariq "
    "youssef yusuf karim rashid rajesh rahul sanjay vikram arjun amit anil sunil ravi suresh vijay aditya rohan "
    "emeka obinna kwame kofi thabo sipho hiroshi takeshi kenji callum connor declan dominic duncan eamon fergus "
    "gareth hamish niall rhys rory seamus angus alastair alistair barnaby benedict cedric cyril desmond edmund ezra "
    "gideon godfrey horace jasper jeremiah julius lionel malcolm neville percy quentin reginald rupert silas simon "
    "trevor tristan wilfred caleb dylan ethan isaiah jonah liam nolan sebastian theo toby wyatt conrad emil gustav "
    "leopold otto rudolf viktor"
)
FEMALE_FIRST_NAMES |= words(
    "greta ramona priya ingrid astrid freya sigrid helga birgit annika karin liv maja elsa ebba signe solveig "
    "linnea agnieszka katarzyna magdalena malgorzata zofia olga natalia tatiana svetlana irina ekaterina yelena "
    "ludmila anastasia oksana yulia marta beatriz lucia isabel isabella gabriela mariana fernanda adriana daniela "
    "valentina camila paola francesca giulia chiara alessandra federica ines leonor aisha fatima amina zainab leila "
    "layla yasmin samira nadia priyanka anjali deepa sunita lakshmi kavita meera pooja neha aditi shreya chioma "
    "ngozi adaeze nkechi thandiwe zanele wanjiru abena keiko yoko akiko agnes amelia annabel antonia audrey "
    "beatrice bethany bridget caitlin camille cecilia celeste chloe clara daphne delia dolores eloise erika fiona "
    "flora gemma genevieve georgina gwen hilda imogen isla jasmine jenna johanna juliet justine katrina kate leah "
    "lena lillian lily lucille lydia mabel madeleine maeve magda maisie marguerite maya melanie mia miriam molly "
    "nadine ophelia orla petra philippa pippa priscilla rhiannon rosalind roxanne sabrina sadie selena serena "
    "simone sinead siobhan stella susanna tamara tessa thea ursula wilma yolanda zoe lucinda saskia imelda celia"
)

# US states and other place words that a capitalised run before "said" is often mistaken for a
# person with ("South Carolina", "Las Vegas"): a pronoun never stands for them.
PLACE_WORDS = words(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii "
    "idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan "
    "minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina "
    "dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia washington "
    "wisconsin wyoming vegas angeles francisco diego chicago boston philadelphia detroit cleveland "
    "atlanta miami houston dallas denver seattle phoenix america county city valley pacific atlantic "
    "universe"
)


def gender_of(name: str, titles: list[str] | tuple[str, ...] = ()) -> str | None:
    """ "m", "f" or None (unknown) for a person's name and the titles written before it."""
    for title in titles:
        for w in title.lower().replace(".", " ").split():
            if w in MALE_TITLES or f"{w}." in MALE_TITLES:
                return "m"
            if w in FEMALE_TITLES or f"{w}." in FEMALE_TITLES:
                return "f"
    parts = name.lower().replace(".", " ").split()
    if not parts:
        return None
    if parts[0] in MALE_TITLES:
        return "m"
    if parts[0] in FEMALE_TITLES:
        return "f"
    if len(parts) < 2:
        return None  # a bare surname says nothing
    first = parts[0]
    if first in MALE_FIRST_NAMES and first not in FEMALE_FIRST_NAMES:
        return "m"
    if first in FEMALE_FIRST_NAMES and first not in MALE_FIRST_NAMES:
        return "f"
    return None


# First words of place names, whatever follows: "Lake Winola", "Fort Bragg", "Boca Raton", "San Mateo".
PLACE_PREFIXES = words("lake lakes mount mt fort ft port cape boca san santa sierra isle")
# First words that open the name of a region, an outlet or a programme, never a person's: "Western
# Pacific", "Global Response Staff", "National Review", "No Child Left Behind" (read as "Child ...");
# session 13: "Upper Manhattan", "Lower East Side", "Greater Boston" (regions) and "Super Glass-Steagall",
# "Super Tuesday" (a bill, a day), all taken for a "she" or "he" on PolNeAR train.
NOT_PERSON_FIRST_WORDS = words(
    "western eastern northern southern central global national international united federal royal child "
    "upper lower greater super"
)
# Second words of two-word place names ("New Hampshire", "New Jersey", "New York", "North Dakota", "New
# Mexico", "Las Vegas", "Los Angeles"): a name opening with one is the place's tail cut off from its first
# word ("a New Hampshire Elks lodge" read "Hampshire Elks" after the common word "New"), never a person.
# Not "Carolina", "Virginia" or "Georgia": women's first names too.
PLACE_TAIL_WORDS = words("hampshire jersey york dakota mexico vegas angeles")


def looks_like_place(name: str) -> bool:
    """True when the name is made of place words only: "South Carolina", "Las Vegas", "Former Arizona",
    or opens with a place prefix ("Lake Winola") or a word no person's name opens with ("Western Pacific"):
    such a name is never what "he" or "she" stands for."""
    low = name.lower().replace(".", " ").split()
    if len(low) >= 2 and (
        low[0] in PLACE_PREFIXES or low[0] in NOT_PERSON_FIRST_WORDS or low[0] in PLACE_TAIL_WORDS
    ):
        return True
    parts = [
        w
        for w in low
        if w not in ("south", "north", "west", "east", "new", "las", "los", "san", "former", "the", "of")
    ]
    return not parts or all(w in PLACE_WORDS for w in parts)
