# ruff: noqa: E501  (data: a cue and its regex stay on one line to stay readable)
# fmt: off
"""English cues for the rule-based coder. Data only: see cues.py for the phrase syntax ('...', 'a|b').

Patterns run on normalised text (lower case, no commas, fillers removed, apostrophes straight; see text.py).
Within a category the surest cues come first; the confidence is how often the cue means that code in practice.
"""

from __future__ import annotations

_SUBJECT = r"you|i|we|they|he|she|you're|i'm"
# Base verbs a counsellor's imperative opens with when it proposes an action ("Write it down", "Just go there").
# Not "tell me/describe" (an invitation to talk: open question), "come in/have a seat" (greeting), "let me/let's"
# (the helper's own move), "imagine/suppose/say" (a hypothetical that sets up a question).
_IMPERATIVE = (
    r"write|go|try|make|call|take|get|keep|put|give|stop|start|ask|talk|tell (?:him|her|them|your)|be|avoid|"
    r"remember|find|cut|drink|eat|quit|set|plan|join|sleep|walk|exercise|use|pick|throw|limit|reduce|switch|"
    r"consider|focus|note|list|check|practice|practise|read|buy|bring|spend|schedule|book|contact|speak|"
    r"wait|follow|reach out|seek|do|don't|never|always|stay|leave|skip|replace|swap|look into|look for|drop|"
    r"text|email|phone|visit|see a|see your|grab|send|turn|hand|jot|mark|pick up|throw away|ring|cook|prepare|"
    r"clean|tidy|move|change|count|track|log|record|download|install|delete|block|breathe|relax|rest|slow down|"
    r"sit down|stand up|run|swim|stretch|meditate|reward|treat yourself|forgive|apologize|apologise|explain|share|"
    r"admit|accept|commit|decide|promise|learn|search|google|sign up|apply|register|arrange|organize|organise|"
    r"prioritize|prioritise|delegate|save|pay|sell|throw out|get rid of|leave"
)
_NOT_ADVICE = (
    r"ahead|on|for it|your time|a seat|a look|me|us|in|you|a moment|a minute|a second|worry|get me wrong|"
    r"care|mind|hesitate|know|forget to|or|and"
)
_LEAD = r"and|okay|ok|so|well|then|yeah|maybe|but|now|alright|all right|right"
_EVALUATION = r"hard|difficult|complicated|scary|much to ask|tough"
# "You must think about it a lot": must + a verb of the client's experience guesses at it (a reflection).
_EXPERIENCED = r"(?: (?!just|really|try|stop|start|also)\w+){0,2} (?:be|have been|feel|think|wonder|miss|worry|hate|love|dread|wish)\b"

HELPER: dict[str, list] = {
    "persuasion": [
        ("you need to realize", 0.95, r"\byou (?:need|have) to (?:realize|realise|understand|see|accept) that\b"),
        ("surely you can see", 0.9, r"\bsurely you\b"),
        ("you must realize", 0.9, r"\byou must (?:realize|realise|understand|see|know|accept)\b"),
        ("don't you think you should", 0.85, r"\bdon't you (?:think|agree) (?:that )?you (?:should|need|have)\b"),
        ("but you know that", 0.85, r"\bbut you (?:know|realize|realise) (?:that )?(?:this|it|drinking|smoking)\b"),
        ("it's not good for you", 0.8, r"\b(?:it's|it is|that's|that is) (?:really |just )?(?:not good|bad) for you\b"),
        ("you're going to", 0.7, r"\byou're (?:going|gonna) to (?:die|lose|end up|get sick|hurt)\b"),
        ("otherwise nothing will change", 0.85, r"\botherwise nothing(?: \w+){0,2} change\b"),
        ("you owe it to", 0.95, r"\byou owe (?:it|that) to\b|\byou(?:'ve| have) got a (?:duty|responsibility)\b"),
        ("that won't solve anything", 0.9, r"\b(?:that|it|this|being \w+|getting \w+)(?:'s| is)? (?:won't|will not|doesn't|does not|isn't going to|is not going to|ain't gonna|isn't gonna) (?:solve|fix|help|change) (?:anything|a thing|nothing|the problem)\b"),
        ("that's not normal", 0.85, r"\b(?:that|it|this)(?:'s| is) (?:just |really |honestly )?(?:not normal|not okay|not ok|irresponsible|selfish|childish|a waste)\b"),
        ("if you carry on like this", 0.85, r"\bif you (?:carry on|keep (?:going|doing this|doing that|this up)|go on like)\b|\b(?:or|otherwise) you(?:'ll| will) (?:lose|end up|never)\b"),
        ("think of your kids", 0.8, r"\bthink (?:about|of) (?:your|the) (?:kids|children|son|daughter|wife|husband|family|health|future|mum|mom|dad)\b"),
        ("you're overreacting", 0.85, r"\byou(?:'re| are) (?:overreacting|exaggerating|being (?:silly|dramatic|unreasonable|ridiculous))\b"),
        ("come on", 0.75, r"(?:^|[.?!] )(?:oh )?come on\b"),
        ("yeah but ... really", 0.75, r"^(?:(?:yeah|yes|no|okay|ok|well|hmm|right) )*but\b(?! (?:on the other hand|at the same time|also|maybe|what|how|when|where|which)\b)(?=.*\b(?:really|just|surely|still|of course|at the end of the day|honestly|have to|need to|should|otherwise)\b)"),
        ("otherwise", 0.8, r"\botherwise (?:you|it|things|nothing|she|he|they)(?:'ll| will| won't|'re| are| might)?\b"),
        ("the longer you wait", 0.85, r"\bthe longer you (?:wait|leave it|put it off)\b"),
        ("isn't it better", 0.85, r"\b(?:isn't|wouldn't|won't) (?:it|that) (?:be )?(?:better|easier|smarter)\b|\bbetter than nothing\b"),
        ("... though", 0.8, r"\bthough(?=[.,!?]|$)"),
        ("you can't do everything", 0.85, r"\byou (?:can't|cannot|can not) (?:just |really |possibly )?(?:do everything|go on|carry on|give up|live (?:it|your life)|think like that|let (?:it|this|that)|help (?:her|him|them) if|afford to)\b"),
        ("you'll end up", 0.85, r"\byou(?:'ll| will| could| might| would)? (?:just )?end up\b|\byou(?:'ll| will) (?:make yourself|get yourself) (?:ill|sick)\b"),
        ("but ..., isn't it?", 0.8, r"^(?:(?:yeah|yes|no|okay|ok|well|oh) )*but\b.*\b(?:isn't it|aren't they|aren't you|don't you|right|yeah|isn't he|isn't she|wouldn't it|is it|are you)\??$"),
        ("you do know", 0.85, r"\byou do know\b|\byou know that,? right\b|\byou know (?:that )?(?:alcohol|drinking|smoking|gambling|weed|drugs|cocaine)(?:'s| is)\b"),
        ("that's exactly why you need", 0.9, r"\bthat(?:'s| is) (?:exactly |precisely |just )?why you (?:need|can't|have|should|must|gotta|got to)\b"),
        ("who cares what", 0.85, r"\bwho cares (?:what|about|if)\b"),
        ("it's your health", 0.75, r"\bit(?:'s| is) your (?:life|health|future|body|liver|kids|family)\b"),
        ("way too much", 0.8, r"\b(?:way|far|much) too (?:much|many|long|young|old|often)\b|\bisn't (?:healthy|normal|okay|ok|good for you)\b"),
        ("to be fair to her", 0.8, r"\bto be fair to (?:her|him|them|your \w+)\b"),
        ("you can't keep", 0.8, r"\byou can't (?:just )?(?:keep|go on|carry on|hide|run away)\b"),
        # moralising: what is right or wrong, what a parent or an employee ought to do (MI: persuading)
        ("you ought to", 0.85, r"\byou (?:ought to|oughtn't|ought not|should have|shouldn't have|should've)\b(?! (?:\w+ )?\?)"),
        ("a good father would", 0.85, r"\b(?:a good|any good|a decent|a responsible|a proper|a real) (?:father|mother|parent|dad|mum|mom|employee|husband|wife|son|daughter|worker|colleague)\b|\bas a (?:father|mother|parent|dad|mum|mom|grown-up|grown up|adult|professional|husband|wife)(?:,)? you\b"),
        ("that's wrong", 0.85, r"\b(?:it's|that's|it is|that is|it was|that was) (?:really |just |simply |honestly |pretty )?(?:wrong|not right|not fair|unfair|unacceptable|disrespectful|not on|no way to)\b"),
        ("you can't treat people like that", 0.85, r"\byou (?:can't|cannot|shouldn't) (?:just )?(?:treat|talk to|speak to|shout at|yell at|let (?:her|him|them) down|walk out on)\b"),
        ("it's your responsibility", 0.9, r"\b(?:it's|that's|it is|that is) (?:your|a parent's|a father's|a mother's) (?:job|responsibility|duty)\b|\byou(?:'re| are) (?:the parent|the adult|responsible)\b"),
        ("you should be ashamed", 0.95, r"\byou should be ashamed\b|\bshame on you\b"),
        ("family is family", 0.8, r"\b(?:family is family|he's still your (?:dad|father)|she's still your (?:mum|mom|mother)|you only (?:get|have) one (?:dad|father|mum|mom|mother))\b"),
        ("no father should", 0.85, r"\bno (?:father|mother|parent|dad|mum|mom|one|employee|boss|manager|teacher) should\b|\b(?:didn't|don't|doesn't) deserve (?:to|that|this)\b|\b(?:it's|that's|it is|that is) not (?:really |very |exactly )?(?:fair|okay|ok|right|on)\b"),
        ("the more you ..., the", 0.85, r"\bthe (?:more|longer|less) you\b.*\bthe (?:more|bigger|worse|harder|scarier|stronger)\b"),
        ("won't go away by themselves", 0.85, r"\b(?:won't|aren't going to|isn't going to|don't|doesn't|will not) (?:just )?(?:go away|disappear|sort (?:themselves|itself) out|fix (?:themselves|itself))(?: by (?:themselves|itself|magic))?\b|\bdon't (?:just )?come out of nowhere\b|\bnot for nothing\b"),
        ("are you really going to", 0.85, r"\bare you (?:really|honestly|seriously) going to\b|\bdon't you think you(?:'re| are)\b"),
        # rhetorical yes/no questions: the answer is given with the question
        ("is that really what you want", 0.8, r"^(?:(?:and|but|so|okay|ok|well) )*(?:is|are|do|does|would|will|can|could|did) (?:that|this|it|you|there)\b(?: [\w']+){0,4} (?:really|honestly|seriously|truly)\b(?!.*\b(?:feel|feeling|scar\w*|afraid|sad|hard|difficult|tough|hurt\w*|for you|miss\w*|upset\w*|frighten\w*)\b)"),
        ("you can't tell me", 0.85, r"\byou can't tell me\b|\bdoesn't that (?:make you wonder|tell you something|say something)\b|\b(?:isn't|aren't) (?:fine|normal|okay|ok|nothing),? (?:mate|though|really)\b"),
        ("it's on you", 0.85, r"\b(?:it's|that's|it is|that is) (?:on you|your job|the parent's job|a parent's job|not (?:their|his|her|your \w+'s) job|their job)\b|\b(?:that's|it's) a responsibility\b|\bshouldn't be (?:getting|doing|having|left)\b"),
        ("basic respect", 0.85, r"\b(?:basic|common) (?:respect|decency|courtesy)\b|\bnot a (?:nice|kind|fair|good) thing to do\b|\bit's a bit much to expect\b|\byou don't (?:shout|yell|swear|lie|talk like that|speak like that) (?:at|to)?\b|\byou can't just decide\b"),
        ("what's the worst that could happen", 0.8, r"\bwhat(?:'s| is) the worst (?:that|thing that) (?:could|can|might) happen\b"),
    ],
    # Reassuring and minimising (Gordon's roadblock): the feeling is talked away instead of explored.
    "reassurance": [
        ("I'm sure he", 0.8, r"\bi'?m sure (?:your|he|she|they|it|that|things|everything)\b|\bi wouldn't worry\b|\bbetter than you think\b|\b(?:lots|loads|plenty) of \w+ (?:go|went) through\b"),
        ("it's not your fault", 0.9, r"\b(?:it's|it is|that's|that is|it was|it wasn't) (?:really |honestly |totally |definitely )?(?:not|n't)? ?your fault\b"),
        ("at least", 0.75, r"(?:^|[.?!] )(?:oh |well |but )?at least\b"),
        ("I bet it", 0.75, r"\bi bet (?:it|you|she|he|they)(?:'ll| will|'re| are)\b"),
        ("happens to lots of people", 0.85, r"\b(?:happens|happened) to (?:lots of|loads of|so many|a lot of|plenty of|most)\b"),
        ("oh, ...", 0.75, r"^(?:oh |aw |ah )?(?:aw+|oh+) (?:come on|don't|no|you'll|it'll|i'm sure)\b"),
        ("it's gonna work out", 0.9, r"\b(?:it|everything|things|that|it all|this)(?:'s| is|'ll| will)? (?:all )?(?:going to |gonna )?(?:all )?(?:be (?:fine|okay|ok|alright|all right)|work (?:itself )?out|turn out (?:fine|okay|alright|well)|sort itself out|get (?:better|easier))\b(?! ?\?)"),
        ("you've got this", 0.9, r"\byou(?:'ve)? got this\b|\byou can do (?:this|it)\b(?! ?\?)"),
        ("I'm sure", 0.8, r"\bi(?:'m| am) (?:so |really |absolutely )?(?:sure|certain|positive) (?:that )?(?:it|things|everything|you|she|he|they)(?:'ll| will| would|'d| can)\b|\bi(?:'m| am) sure of it\b|\bi have no doubt\b|\btrust me\b"),
        ("you couldn't have known", 0.9, r"\b(?:you|nobody|no one) (?:couldn't|could not|can't|cannot)(?: possibly)? (?:have )?(?:known|blame yourself)\b|\bno way you could(?:'ve| have) known\b|\byou did (?:everything|all) you could\b"),
        ("it gets easier", 0.85, r"\b(?:it|things) (?:does |do |will )?gets? (?:easier|better)\b|\btime(?:'s| is) a (?:great )?healer\b"),
        ("you're not useless", 0.85, r"\byou(?:'re| are) (?:totally |really |definitely |so |clearly )?not (?:useless|stupid|a failure|weak|selfish|a bad \w+|crazy|mad|lazy|alone|like that|just \w+ing up)\b"),
        ("not at all", 0.75, r"\b(?:not|isn't|it's not|that's not|doesn't mean you \w+) (?:\w+ ){0,2}at all\b"),
        ("really common", 0.8, r"\b(?:really|super|so|very|totally|pretty|incredibly) (?:common|normal)\b|\bloads of (?:people|students|families|parents|carers)\b|\b(?:lots|tons|plenty) of (?:people|students|families|parents|carers) (?!(?:find|say|try|use)\b)"),
        ("she'll come round", 0.8, r"\b(?:she|he|they|you)(?:'ll| will) (?:come round|come around|be (?:glad|fine|okay|proud|over the moon|thrilled|alright)|love it|see)\b"),
        ("everyone shouts sometimes", 0.85, r"\b(?:everyone|everybody|we all) (?:here )?(?:shouts?|loves? you|struggles?|gets?|feels?|mess(?:es)? up|fails?|makes? mistakes|slips? up)\b"),
        ("no need to be nervous", 0.9, r"\bno need to (?:be )?(?:nervous|sorry|afraid|worried|anxious|embarrassed|ashamed|scared|apologi[sz]e)\b"),
        ("it'll be fine", 0.95, r"\b(?:it|everything|things|that|you|it all)(?:'ll| will|'s going to| is going to|'s gonna| is gonna) (?:all )?(?:be|work out|turn out|come good|sort itself out)(?: \w+){0,2}(?: fine| okay| ok| alright| all right| well)?\b(?! \?)(?=.*\b(?:fine|okay|ok|alright|all right|work out|turn out|sort itself out|be good|come good)\b)"),
        ("don't worry", 0.95, r"\b(?:don't|do not|try not to) (?:you )?(?:worry|stress|fret|panic|beat yourself up)\b|\bno need to (?:worry|panic|be (?:scared|ashamed|embarrassed))\b"),
        ("everyone goes through that", 0.95, r"\b(?:everyone|everybody|loads of people|lots of people|most people|so many people|we all|all of us)(?: \w+){0,2} (?:goes|go|feels|feel|has|have|gets|get|does|do|struggles|struggle) (?:through )?(?:that|this|it|something like that|the same)\b"),
        ("it's not that bad", 0.9, r"\b(?:it|that|this)(?:'s| is) (?:really |honestly |just |totally |completely |perfectly )?(?:not (?:that|so) bad|not the end of the world|no big deal|nothing to worry about|normal|perfectly normal|totally normal|only natural)\b"),
        ("I'm sure it'll", 0.85, r"\bi(?:'m| am) sure (?:it|you|things|everything|she|he|they)(?:'ll| will| can|'re| are)\b"),
        ("you'll get over it", 0.85, r"\byou(?:'ll| will) (?:get over it|be fine|be okay|be alright|manage|get there|cope)\b|\btime heals\b|\bchin up\b|\blook on the bright side\b"),
        ("you're not the only one", 0.85, r"\byou(?:'re| are) (?:definitely |really |certainly )?not the only one\b|\bhappens to (?:everyone|everybody|the best of us)\b"),
        ("nothing to be ashamed of", 0.85, r"\bnothing to be (?:ashamed|embarrassed|scared|afraid|worried) (?:of|about)\b|\byou (?:shouldn't|don't need to|don't have to) (?:feel|be) (?:bad|guilty|ashamed|embarrassed|scared)\b"),
    ],
    # Statement forms of persuading and advising: they count only in a sentence that is not a real question
    # (one that starts with a question word or a verb: "What's the best thing to do?" asks); a statement with a
    # tag ("It's not that hard, is it?") still pushes.
    "persuasion_statement": [
        ("nothing will change", 0.85, r"\bnothing(?:'s| is| will|'ll)? (?:ever )?(?:going to |gonna )?change\b|\b(?:it|things)(?:'ll|'s|'re| will| is| are)? (?:only |just )?(?:going to |gonna )?(?:only |just )?(?:get|keep getting) worse\b"),
        ("that's no reason", 0.85, r"\b(?:that's|that is|it's|it is|that really is|that just is|that simply is) (?:really |just |simply )?(?:no|not a|not really a) (?:reason|excuse)\b"),
        ("it's not that hard", 0.85, rf"\b(?:it's|it is|that's|that is|this is) (?:really |just |honestly |actually )?not (?:really |all )?(?:that|so) (?:{_EVALUATION})\b|\b(?:it|that|this) (?:isn't|wasn't|is not) (?:really |all )?(?:that|so) (?:{_EVALUATION})\b"),
        ("other people manage", 0.85, r"\b(?:other \w+|others|everyone else|everybody else|lots of \w+|plenty of \w+)(?: \w+){0,2} (?:manage|cope|can do it|manage it|make it work)\b"),
        ("you know yourself", 0.85, r"\byou know (?:yourself|full well|very well|perfectly well)\b(?! (?:best|better|and your)\b)|\byou yourself know\b"),
        ("you're making it hard for yourself", 0.8, r"\byou(?:'re| are) making (?:it|this|things|life) (?:\w+ ){0,2}(?:hard|difficult|tough|harder|worse) (?:for|on) yourself\b"),
        ("I really think you", 0.75, r"\bi (?:really|honestly|truly) (?:think|believe) (?:that )?you(?:'re| are| should| need| have| must)\b"),
    ],
    "advice_statement": [
        ("the best thing is to", 0.85, r"\b(?:the|your) best (?:thing|way|option|idea|bet)(?: to do| for you| you can do)? (?:is|would be|might be) (?:to|if you|that you|for you to)\b"),
        ("you'd better", 0.85, r"\byou(?:'d| had) better\b"),
        ("you could make a list", 0.7, rf"^(?:(?:{_LEAD}) )*(?:maybe |perhaps )?you (?:could|can|might) (?:also |always |just )?(?:{_IMPERATIVE})\b(?! (?:{_NOT_ADVICE})\b)"),
        ("imperative: {}", 0.8, rf"^(?:(?:{_LEAD}) )*just (?:{_IMPERATIVE})(?! (?:{_SUBJECT}|{_NOT_ADVICE})\b)"),
        ("imperative: {}", 0.7, rf"^(?:(?:{_LEAD}) )*(?:{_IMPERATIVE})(?! (?:{_SUBJECT}|{_NOT_ADVICE})\b) [\w']+"),
    ],
    "advice": [
        ("why don't you", 0.9, r"\bwhy don't you(?! (?:tell|talk|say|share|describe|think|want|like|feel)\b)"),
        ("have you tried", 0.9, r"(?<!what )(?<!which )\bhave you (?:ever )?(?:tried(?! (?:it|that|this|them|anything|something|before|already|yet|again)\b)(?= \w)|considered|thought about (?:trying|going|getting|using|talking|calling|cutting|asking|taking|joining|seeing))\b"),
        ("you should", 0.9, r"\byou (?:really |probably |definitely )?(?:should|ought to)\b(?! (?:\w+ )?(?:feel|be proud))"),
        ("I'd suggest", 0.95, r"\bi(?:'d| would)? (?:suggest|recommend|advise)\b"),
        ("my advice", 0.95, r"\bmy (?:advice|suggestion|recommendation)\b"),
        ("if I were you", 0.95),
        ("you'd be better off", 0.95, r"\byou(?:'d| would) be better off\b"),
        ("you gotta", 0.85, r"\byou(?:'ve)? (?:gotta|got to)\b|\bpromise me\b"),
        ("you need to", 0.8, r"\b(?=you )(?<!what )(?<!that )(?<!which )(?<!where )(?<!things )(?<!told )(?<!think )(?<!feel )(?<!like )(?<!said )(?<!know )(?<!thing )(?<!everything )(?<!if )(?<!because )(?<!cause )you (?:just |really |simply )?(?:need|have|got) to\b(?! (?:\w+ )?(?:tell|talk|say|decide|do what)\b)"),
        ("you could try", 0.75, r"\byou (?:could|can|might) (?:try|consider|start|think about|maybe|also|always|just)\b"),
        ("maybe you could", 0.85, r"\b(?:maybe|perhaps) you (?:could|can|should|might|need)\b"),
        ("it might help to", 0.8, r"\bit (?:might|may|would|could) (?:help|be (?:good|helpful|a good idea|worth|wise|sensible|smart|better)) (?:to|if you)\b"),
        ("what about trying", 0.8, r"\b(?:what|how) about (?:trying|going|calling|talking|cutting|getting|taking|using|writing)\b"),
        ("try to", 0.75, r"(?:^|[.?!] )(?:just |so )?try (?:to|and|not|cutting|using|taking)\b"),
        ("one thing you can do", 0.8, r"\bone (?:thing|option) (?:you|that you) (?:can|could|might)\b"),
        ("I think you should", 0.9, r"\bi (?:think|reckon|feel|believe) (?:that )?you (?:should|ought to|need to|must|have to|could just)\b"),
        ("I would", 0.75, r"(?:^|[.?!] )i(?:'d| would) (?!(?:just |probably |definitely |really |also )?(?:like|love|imagine|guess|think|say|be|have|rather|hate|want|wonder|agree)\b)(?:just |probably |definitely |really |also )?\w+"),
        ("you must", 0.75, rf"\byou must(?!{_EXPERIENCED})"),
        ("let's set a goal", 0.75, r"\blet's (?:set|make|plan|agree|start)\b"),
    ],
    "permission": [
        ("is it okay if I", 0.95, r"\b(?:is it|would it be) (?:okay|ok|alright|all right) (?:with you )?(?:if|for me to)\b"),
        ("do you mind if I", 0.95, r"\bdo you mind if (?:i|we)\b"),
        ("may I share", 0.9, r"\b(?:may|can|could|might) i (?:share|give you|offer|tell you|suggest|make a suggestion|ask (?:you )?(?:something|a question|a few questions|about|you about)|ask(?: you)?(?= (?:what|how|why|which|where|when|who)\b))\b"),
        ("would you like to hear", 0.9, r"\bwould you (?:like|want|be interested) (?:to hear|to know|some|me to)\b"),
        ("would it help if I", 0.85),
    ],
    # An offer that leaves the choice ("..., if you like"): sets the permission flag, but asks nothing.
    "permission_offer": [
        ("if you want", 0.7, r"\bif you (?:want|like|wish)\b"),
        ("you can decide", 0.75, r"\byou (?:can|get to) decide\b"),
    ],
    "autonomy": [
        ("it's up to you", 0.95, r"\b(?:it's|it is|that's|that is) (?:really |totally |entirely |very much )?up to you\b"),
        ("it's your choice", 0.95, r"\b(?:it's|it is|that's|that is) (?:really |totally |entirely |completely )?your (?:own )?(?:choice|decision|call)\b"),
        ("you're the expert", 0.9, r"\byou're the (?:expert|boss)\b"),
        ("you decide", 0.9, r"\byou (?:decide|choose|get to choose)\b"),
        ("nobody can make you", 0.9, r"\bno ?(?:body|one) can (?:make|force) you\b"),
        ("you know yourself best", 0.9, r"\byou know (?:yourself|your (?:life|situation|body)) (?:best|better)\b"),
        ("we can work together", 0.75, r"\b(?:we can|let's) (?:work (?:on (?:this|it) )?together|figure (?:this|it) out together)\b"),
    ],
    "structuring": [
        ("we have ... minutes", 0.9, r"\bwe (?:have|got) (?:about |another |only )?(?:\w+ )?minutes\b"),
        ("let's talk about", 0.85, r"\blet's (?:talk|start|move on|go back|focus|look|switch|turn)\b"),
        ("what I'd like to do today", 0.85, r"\bwhat (?:i'd|we'd|i would|we would) like to (?:do|talk about|cover)\b"),
        ("agenda", 0.85),
        ("we're going to talk about", 0.85, r"\b(?:we're|we are) (?:going|gonna) to (?:talk|discuss|look|spend|go over)\b"),
        ("before we finish", 0.85, r"\bbefore we (?:finish|wrap up|end|stop)\b|\bwrap (?:things |it )?up\b"),
        ("next time", 0.45, r"\b(?:next time|next week|next session)\b"),
        ("change of subject", 0.8, r"\b(?:change (?:the |of )?subject|switch gears|another topic)\b"),
    ],
    "self_disclosure": [
        ("when I was", 0.8, r"\bwhen i was (?:younger|your age|a kid|a child|in|at|growing up|little)\b"),
        ("I've been through", 0.85, r"\bi(?:'ve| have) (?:been through|gone through|had) (?:something|the same|a similar)\b"),
        ("I myself", 0.85, r"\bi myself\b|\bmyself i\b"),
        ("in my own experience", 0.9, r"\bin my (?:own )?(?:experience|life)\b"),
        ("I had that too", 0.9, r"\bi (?:had|have had|went through|did|felt|used to have) (?:that|this|the same|exactly that|something like that) (?:too|as well|myself|once)\b|\bsame (?:thing )?happened to me\b|\bthat happened to me\b"),
        ("my mum had that too", 0.8, r"\bmy (?:mum|mom|dad|sister|brother|gran|grandma|friend|wife|husband|partner|neighbour|neighbor|aunt|uncle) (?:had|has|went through|did) (?:that|this|the same|something like that) (?:too|as well)\b"),
        ("me too", 0.65, r"(?:^|[.?!] )(?:me too|same here|i do too)\b"),
        ("I used to", 0.6, r"(?:^|[.?!] )i used to\b"),
        ("I ... myself", 0.85, r"(?:^|[.?!] )(?:to be honest |honestly |actually )?i (?!(?:\w+ ){0,2}(?:understand|see|hear|know|think|agree|get it|notice|believe|mean|guess|wonder|imagine|appreciate|respect)\b)(?:\w+ ){0,7}(?:myself\b|as well\b|too(?=[.!?]|$))|\bwhenever i(?:'m| am| feel| get)?\b|\bat (?:her|his|your) age,? i\b|\bi (?:\w+ ){0,4}at (?:her|his|your) age\b|\bi didn't (?:speak|talk) to my\b"),
        ("my own dad", 0.85, r"\bmy own (?:dad|father|mum|mom|mother|parents|sister|brother|son|daughter|kids|family|experience|ex)\b"),
        ("I know how that feels", 0.85, r"\bi know (?:exactly |just |all too well |only too well )?(?:how|what) (?:that|it) (?:feels|is like)\b|\bi(?:'ve| have) been there\b|\bbeen there,? done that\b"),
        ("what helped me", 0.85, r"\bwhat (?:helped|worked for) me\b|\bfor me (?:it|what) (?:helped|worked)\b|\bit helped me\b"),
        ("when I had", 0.85, r"\bwhen i (?:had|went through|lost|got|moved|split up|broke up|was going through|started|quit|stopped)\b"),
        ("I remember when I", 0.85, r"\bi remember (?:when i|being|feeling|my)\b"),
        ("I went through", 0.85, r"\bi (?:went through|had|have had|used to have|struggled with|dealt with|lost) (?:[\w']+ ){0,6}(?:too|as well|myself|once|years ago|a while back|when i was)\b"),
    ],
    "affirmation": [
        ("I appreciate", 0.9, r"\bi (?:really )?(?:appreciate|admire|respect)\b"),
        ("good for you", 0.9),
        ("well done", 0.9, r"\b(?:well done|great job|good job|nice job|nice work|good work)\b"),
        ("that took courage", 0.9, r"\b(?:that|it) (?:took|takes) (?:a lot of |real )?(?:courage|guts|strength)\b"),
        ("that's impressive", 0.85, r"\b(?:that's|that is|it's) (?:really |very |quite )?(?:impressive|admirable|brave|courageous)\b"),
        ("you've done well", 0.85, r"\byou(?:'ve| have) (?:done|worked) (?:really |so )?(?:well|hard)\b"),
        ("you're clearly", 0.7, r"\byou(?:'re| are) (?:clearly |obviously |really )?(?:a (?:strong|caring|good)|very (?:caring|strong|resourceful|determined))\b"),
        ("thanks for being so open", 0.7, r"\bthank(?:s| you) for (?:being (?:so )?(?:open|honest)|sharing)\b"),
    ],
    "information": [
        ("research shows", 0.9, r"\b(?:research|studies|evidence) (?:shows?|suggests?|has shown|indicates?)\b"),
        ("the guideline", 0.85, r"\b(?:the )?(?:guidelines?|recommended (?:limit|amount))\b"),
        ("most people", 0.7, r"\b(?:most|many|a lot of) (?:people|patients|clients|smokers|drinkers)\b"),
        ("it's known that", 0.85, r"\b(?:we know that|it's (?:well )?known that)\b"),
        ("what happens is", 0.75, r"\b(?:what happens is|the way it works)\b"),
        ("units", 0.65, r"\b(?:units?|milligrams?|percent|per week|a day)\b"),
        ("can cause", 0.7, r"\b(?:can|could|may|will) (?:cause|lead to|increase|reduce|damage|affect)\b"),
    ],
    "reflection": [
        ("if I understand you correctly", 0.95, r"\bif i (?:understand|hear|got) (?:you|that|this) (?:correctly|right)\b"),
        ("let me summarize", 0.95, r"\b(?:let me (?:summarize|summarise|see if i)|to sum up|in summary|so far you've)\b"),
        ("it sounds like", 0.9, r"\b(?:it|that) (?:sounds|seems) (?:like|as if|as though)\b"),
        ("so you're saying", 0.9, r"\bso (?:what )?you(?:'re| are) saying\b"),
        ("what I'm hearing", 0.9, r"\bwhat i(?:'m| am) hearing\b|\bi hear you saying\b"),
        ("on the one hand", 0.9, r"\bon (?:the )?one hand\b"),
        ("part of you", 0.85),
        ("you feel", 0.85, r"\byou(?:'re)? (?:feel|felt|feeling)\b(?! like (?:you|i)\b)"),
        ("you're worried", 0.8, r"\byou(?:'re| are| were| seem| sound)(?: \w+)? (?:worried|afraid|scared|concerned|frustrated|angry|sad|upset|tired|torn|stuck|ready|not sure)\b"),
        ("you sound", 0.8, r"\byou (?:sound|seem)\b"),
        ("so you", 0.7, r"(?:^|[.?!] )(?:okay |ok |right |yeah |and )?so (?:you|you're|you've|your|for you|it's|it sounds|this)\b"),
        ("you mean", 0.75, r"\byou mean\b"),
        ("you're saying", 0.8, r"\byou(?:'re| are) (?:saying|telling me)\b"),
        ("you want", 0.6, r"\byou (?:really )?(?:want|wanna|don't want|would like|miss|wish|care|love|hate|enjoy|like)\b"),
        ("you must ... think", 0.65, rf"\byou must{_EXPERIENCED}"),
        ("it must be hard", 0.8, r"\b(?:it|that) (?:must|would|might) (?:be|have been|feel) (?:\w+ )?(?:hard|difficult|tough|scary|frustrating|painful|lonely|nice|good|a relief|overwhelming)\b"),
        ("it feels", 0.75, r"(?:^|[.?!] )(?:and )?(?:it|that) (?:feels|felt)\b"),
        ("important to you", 0.9, r"\b(?:important|matters) to you\b"),
        ("so ...", 0.5, r"(?:^|[.?!] )(?:okay |ok |right |yeah |and )?so (?!what|how|why|when|where|who|which|do|does|did|are|is|can|could|would|will|let's|let|i|we|um|uh|tell|if|anyway|yeah|okay|that's|then)\w+"),
        ("for you it's", 0.7, r"\bfor you (?:it's|it is|this is|that's)\b"),
    ],
    "complex": [
        ("feel", 0.8, r"\b(?:feel|feels|felt|feeling|feelings)\b"),
        ("as if", 0.8, r"\bas (?:if|though)\b"),
        ("on the one hand", 0.9, r"\bon (?:the )?one hand|on the other hand\b"),
        ("part of you", 0.85),
        ("summary", 0.9, r"\b(?:summar\w+|to sum up)\b"),
        ("at the same time", 0.75),
        ("important to you", 0.75, r"\b(?:important|matters) to you\b"),
        ("deep down", 0.8),
        ("really", 0.5, r"\breally\b"),
        ("like a", 0.6, r"\b(?:it's like|like a)\b"),
        ("maybe", 0.6, r"\b(?:maybe|perhaps|i wonder if)\b"),
    ],
    "open_phrase": [
        ("tell me", 0.9, r"(?:^|[.?!] )(?:\w+ )?(?:tell me|describe|talk to me|walk me through|help me understand)\b"),
        ("can you tell me", 0.85, r"\b(?:can|could|would) you (?:\w+ )?(?:tell|describe|explain|say more|talk (?:about|more|a bit|a little|me))\b"),
        ("in what way", 0.85),
        ("I wonder what", 0.75, r"(?:^|[.?!] )(?:\w+ )?i(?:'m)? (?:wonder|curious|wondering) (?:what|how|why|if|whether|about)\b"),
        ("what kind of", 0.85),
    ],
    "greeting": [
        ("hello", 0.8, r"\b(?:hi|hello|hey|good morning|good afternoon|welcome|nice to (?:meet|see) you)\b"),
        ("thank you", 0.8, r"\b(?:thank you|thanks)\b"),
        ("goodbye", 0.85, r"\b(?:bye|goodbye|take care|see you)\b"),
        ("have a seat", 0.8, r"\b(?:come in|have a seat|take a seat)\b"),
    ],
}

MINIMAL = (
    r"(?:(?:yeah|yes|yep|yup|okay|ok|alright|all right|mm+|mm-hmm+|mm-hm+|mhm+|hmm+|hm+|uh-huh|right|sure|"
    r"great|good|fine|i see|oh|ah|wow|gotcha|got it|exactly|absolutely|of course|no|nope|true|cool|perfect|"
    r"sorry|thanks|thank you|hi|hello|hey|bye|okay then|so|and|well|really|definitely|indeed|interesting|"
    r"go on|i understand|that makes sense|makes sense|uh|hm-hmm)(?: |[.?!] ?)?)+"
)

OPEN_WORDS = (
    "what what's whats how how's why which where where's when who who's whom whose tell describe explain"
).split()
CLOSED_WORDS = (
    "do does did are is was were have has had can could will would should shall may might am don't "
    "doesn't didn't aren't isn't wasn't weren't haven't hasn't won't wouldn't can't couldn't shouldn't "
    "any anything anybody anyone is you're you've you"
).split()
# A sentence that opens with one of these opens with a clause: "If it works, what changes?" is no verb-first
CONJUNCTIONS = "if when because since now as although while once given suppose say".split()
SUBJECT_PRONOUNS: list[str] = []  # English questions put the auxiliary first; CLOSED_WORDS is enough
DISCOURSE = (
    "and so okay ok well but now yeah right alright all oh ah um then mm-hmm hmm great good also just "
    "sure i see"
).split()
NEGATORS = (
    "not never no don't didn't doesn't isn't wasn't aren't hardly nothing"
).split()

CLIENT: dict[str, list] = {
    "yes_but": [
        ("yes, but", 0.95, r"(?:^|[.?!] )(?:yes|yeah|yep|yup|ok|okay|sure|right|well yeah)\.? but\b"),
        ("I know, but", 0.9, r"(?:^|[.?!] )(?:yeah |yes |well )?(?:i know|i see|i understand|i get (?:it|that)|that's true|true|maybe|" r"i guess|that may be|it could)(?: \w+){0,3} but\b"),
    ],
    "change": [
        ("I don't want to keep", 0.85, r"\bi don't want to (?:keep|end up|be like|lose|die|get|go back|continue)\b"),
        ("I've decided", 0.9, r"\bi(?:'ve| have) (?:decided|made up my mind)\b"),
        ("I'm going to", 0.6, r"\bi(?:'m| am) (?:going|gonna) to (?!(?:\w+ )?(?:keep|continue|have to)\b)(?!be\b)\w+"),
        ("I will", 0.65, r"\bi(?:'ll| will) (?:try|start|stop|cut|quit|call|do|make|talk|go|get|work|give it|think about)\b"),
        ("I want to", 0.6, r"\bi (?:really |do |still |just )?(?:want|wanna|wanted) (?:to )?(?!(?:\w+ )?(?:keep|continue)\b)"),
        ("I'd like to", 0.85, r"\bi(?:'d| would) (?:really )?(?:like|love) to\b"),
        ("I need to", 0.6, r"\bi (?:really |definitely |probably )?(?:need|have|got|gotta) (?:to )?(?:stop|quit|cut|change|do|get|make|start|lose|go|be|take|work)\b"),
        ("I should", 0.55, r"\bi (?:really |probably |definitely )?(?:should|ought to)\b(?! not\b)"),
        ("I'm ready", 0.85, r"\bi(?:'m| am) (?:ready|willing|determined|committed|motivated)\b"),
        ("I've cut down", 0.8, r"\bi(?:'ve| have) (?:already )?(?:cut down|stopped|quit|started|been trying|cut back|reduced)\b"),
        ("I'm trying", 0.45, r"\bi(?:'m| am) (?:trying|working on|thinking (?:about|of) (?:quitting|stopping|cutting|changing))\b"),
        ("I could", 0.7, r"\bi (?:could|can|might) (?:try|start|stop|cut|do|probably|maybe)\b"),
        ("it would be good", 0.7, r"\bit (?:would|will|'d) be (?:good|nice|better|great)\b"),
        ("I'm worried about my health", 0.65, r"\bi(?:'m| am) (?:worried|concerned) about (?:my|the) (?:health|kids|future|weight|drinking|smoking)\b"),
        ("I guess I could", 0.6, r"\bi (?:guess|suppose|think|hope|believe|know) (?:that )?i (?:could|can|might|will|'ll|should)\b(?! not\b)"),
        ("I'm up for that", 0.7, r"\bi(?:'m| am) (?:up for|open to|interested in|game for)\b|\bi(?:'d| would) be (?:really )?(?:interested|willing|open|happy) to\b"),
        ("it would be possible to stop", 0.6, r"\b(?:would|could) be (?:possible|able) to (?:stop|quit|cut|change)\b"),
        ("I do feel better", 0.6, r"\bi (?:do )?(?:feel|felt|sleep|slept) (?:a lot |so much )?better\b"),
    ],
    "sustain": [
        ("I don't care", 0.6, r"\bi (?:don't|do not) (?:really )?care\b"),
        ("I don't see the problem", 0.7, r"\bi don't see (?:the|a|any) (?:problem|issue|harm)\b|\bi don't think (?:it's|i'm|i am|it is) (?:a problem|that bad|drinking that much|that much)\b"),
        ("I'm not an alcoholic", 0.7, r"\bi(?:'m| am) not (?:an? )?(?:alcoholic|addict|addicted|smoker|problem)\b"),
        ("only to relax", 0.55, r"\b(?:only|just) (?:use|drink|smoke|do) (?:it|them|that)? ?(?:to|when|for)\b"),
        ("it's not like", 0.5, r"\bit's not like i\b"),
        ("easier said than done", 0.9),
        ("I don't see the point", 0.9, r"\bi don't see (?:the point|why|a problem|it as a problem|any reason)\b"),
        ("I'm not going to", 0.5, r"\bi(?:'m| am) not (?:going|gonna) to\b"),
        ("I don't want to", 0.55, r"\bi (?:really |just )?don't (?:really )?(?:want|wanna) to\b"),
        ("I can't", 0.5, r"\bi (?:just |really )?(?:can't|cannot|can not|couldn't)\b(?! (?:\w+ )?(?:wait|believe|remember|imagine)\b)"),
        ("I won't", 0.85, r"\bi (?:won't|will not)\b"),
        ("I don't think I can", 0.85, r"\bi don't (?:think|know if) i (?:can|could|will|need|should|want)\b"),
        ("I'm not ready", 0.85, r"\bi(?:'m| am) not (?:ready|willing|sure i (?:can|want))\b"),
        ("it's not a problem", 0.8, r"\b(?:it's|it is|that's) not (?:a |really a |that much of a )?(?:problem|big deal|that bad)\b|\bi don't have a problem\b"),
        ("I like it", 0.5, r"\bi (?:really )?(?:like|love|enjoy) (?:it|drinking|smoking|to drink|to smoke|my|the)\b"),
        ("it helps me", 0.75, r"\bit (?:helps|relaxes|calms) me\b"),
        ("everybody does it", 0.75, r"\b(?:everybody|everyone) (?:does|drinks|smokes)\b"),
        ("I don't need to", 0.8, r"\bi don't (?:need|have) to\b"),
        ("it's not that simple", 0.8, r"\b(?:it's|it is) not (?:that|so) (?:simple|easy)\b"),
        ("why should I", 0.75),
        ("I'm fine", 0.6, r"\bi(?:'m| am) (?:fine|okay|ok) (?:with|the way)\b"),
    ],
    "meaning": [
        ("I'm afraid that", 0.9, r"\bi(?:'m| am) (?:so |really |just )?(?:afraid|scared|terrified|worried) (?:that|of being|i'll|i will|i'm)\b"),
        ("what I really need", 0.9, r"\bwhat i (?:really|actually|truly) (?:need|want|miss)\b"),
        ("it means a lot to me", 0.85, r"\bmeans?(?: \w+){0,3} to me\b"),
        ("I'm not good enough", 0.9, r"\b(?:i'm|i am) (?:just )?not good enough\b|\bi(?:'m| am) a failure\b"),
        ("I don't matter", 0.9, r"\bi don't matter\b|\bthat i don't matter\b"),
        ("important to me", 0.8, r"\b(?:important|matters) to me\b"),
        ("who I am", 0.8, r"\bwho i (?:am|really am|want to be)\b"),
        ("deep down", 0.8),
        ("I need someone", 0.8, r"\bi (?:just )?need (?:someone|somebody|to feel|to know)\b"),
        ("I just want him to", 0.8, r"\bi (?:just )?want (?:him|her|them|someone|my \w+) to\b"),
        ("proud of me", 0.75),
        ("my biggest fear", 0.95, r"\bmy (?:biggest|greatest|worst) fear\b"),
    ],
    "thoughts": [
        ("I think", 0.8, r"\bi (?:think|thought|believe|guess|suppose|reckon|figure)\b"),
        ("I feel like", 0.75, r"\bi (?:feel|felt) (?:like|that) (?:i|it|this|you|we|they|he|she|there)\b"),
        ("in my opinion", 0.85),
        ("I wonder", 0.75),
        ("what if", 0.7, r"\b(?:what if|suppose|imagine if)\b"),
        ("then I'd have to", 0.65, r"\b(?:then|otherwise) i(?:'d| would| will|'ll)? (?:have to|need to|would have to|be|get)\b|\bi'd have to\b"),
        ("I don't know", 0.6, r"\bi don't know\b"),
        ("I mean", 0.55),
        ("maybe", 0.55, r"\b(?:maybe|perhaps|probably)\b"),
    ],
    "feeling_phrase": [
        ("I feel", 0.9, r"\bi(?:'m| am| was)? (?:feel|felt|feeling|get so|get really)\b(?! (?:like|that|as if)\b)"),
        ("it hurts", 0.8, r"\b(?:it|that|which|what he said|what she said) (?:really |still |so |just )?(?:hurts?|stings?)\b|\b(?:that's|it's|that is|it is|it was|that was) (?:\w+ )?painful\b|\b(?:caused|causes|gave|gives|brought) (?:me )?(?:\w+ ){0,3}pain\b|\bhurt me\b|\b(?:hit|hits) (?:me )?(?:really )?hard\b"),
        ("it's a relief", 0.75, r"\b(?:it's|that's|it is|what) a (?:real )?relief\b"),
    ],
}

FEELING_WORDS = (
    "sad sadness afraid scared scare fear frightened terrified angry anger mad furious lonely loneliness "
    "miss ashamed shame embarrassed guilty guilt worried worry anxious anxiety nervous frustrated "
    "frustrate frustration upset depressed hopeless helpless happy glad proud relieved stressed "
    "overwhelmed disappointed jealous miserable desperate heartbroken devastated annoyed irritated "
    "excited panic cry crying hate hurt scary unhappy grief hurtful hurting resentful"
).split()
FEELING_AFTER_FEEL = (
    "bad awful terrible alone empty good better great horrible low down rubbish crap worthless useless "
    "weird uncomfortable sick stupid trapped stuck"
).split()
FEEL_VERBS = ["feel", "felt", "feeling", "feels"]
_BODY = "back head knee knees stomach neck leg legs arm arms foot feet tooth chest shoulder hip throat".split()
# "my back hurts" is pain in the body, not a feeling
FEELING_EXCLUDE_BEFORE: dict[str, list[str]] = {"mad": ["made"], "hurt": _BODY, "hurts": _BODY}
# "missed a couple of deadlines" is no longing: "miss" counts only when someone or something dear follows
_NOT_LONGING = (
    "a an the class classes work school deadlines appointments appointment meetings doses out that this lunch days"
).split()
FEELING_EXCLUDE_AFTER = {"miss": _NOT_LONGING, "missed": [*_NOT_LONGING, "my"]}
