namespace MentoringProgram.Web.Domain;

/// <summary>The resource library every new installation starts with: the referral list, training, tips, ways to meet
/// and common questions, written for this app from what the seed programs ask of their people (seed 000: mentors refer
/// what lies beyond their expertise and the coordinator keeps a referral list; seed 001: tips and ways to meet; seed 002:
/// a peer advisor points to HR, the ombuds office and the like rather than counselling; seeds 003 and 004: roles and
/// suggested activities). Library-wide: a coordinator adapts them and adds local contacts.</summary>
public static class ResourceSeeds
{
    public static IReadOnlyList<Resource> Library() =>
    [
        new(null, "Where to take a question beyond mentoring", ResourceKind.Referral, ResourceAudience.Everyone, 1, """
            Some questions need someone whose job it is to answer them. Mentors and mentees alike can use this list;
            asking your mentor *where* to go is always fine.

            - **Human Resources**: pay, benefits, leave, job classification, a formal complaint or a workplace
              accommodation.
            - **Ombuds office**: a confidential, independent and informal place to talk through a conflict or a concern
              before deciding what to do.
            - **Employee assistance program**: free, confidential short-term counselling and referrals for stress, family
              matters, money worries or anything personal that weighs on work.
            - **Legal questions**: the institution's legal office for questions about the library's obligations; for a
              personal legal matter, the employee assistance program can suggest where to start.
            - **Health and medical questions**: your own doctor, occupational health, or in an emergency the emergency
              services. A mentor never gives medical advice.
            - **The program coordinator**: anything about the program itself, a pairing that is not working, or a question
              nobody above could answer.

            The coordinator keeps this list up to date: ask them to add your library's offices, addresses and phone numbers.
            """),
        new(null, "Refer, don't advise: how to hand a question on", ResourceKind.Referral, ResourceAudience.Mentors, 2, """
            You were asked to share what you know from your own work, not to be a counsellor, a lawyer or a doctor. When a
            conversation turns to something outside that:

            1. **Notice it.** Grievances, pay, health, legal trouble and personal crises are signs to refer.
            2. **Say so kindly.** "That deserves someone who knows it properly; let's find out who."
            3. **Point the way.** Use the list of places to take a question, and help your mentee decide where to start.
            4. **Don't act for them.** Do not intervene with their supervisor or another office on their behalf.
            5. **Keep it private.** What they told you stays between the two of you.
            6. **Tell the coordinator** when a question cannot be answered or a problem cannot be solved, or when the
               pairing should end.
            """),
        new(null, "Getting started as a mentor", ResourceKind.Training, ResourceAudience.Mentors, 1, """
            ## In the first weeks

            - Get in touch within a few days of being paired: say a little about yourself and suggest a first meeting.
            - At the first meeting, talk honestly about what your mentee hopes to get out of this and what you can offer.
              Write it down together as your agreement on the pairing page.
            - Agree how you will meet and how often. Many programs ask for two meetings in the first month and one a
              month after that.

            ## Along the way

            - Keep what you hear in confidence, and expect the same.
            - Help your mentee build a network: introduce them to colleagues who know what you don't.
            - Give honest, tactful feedback and notice progress out loud.
            - Meet during work hours unless you both prefer otherwise.
            - You are not their supervisor and not their trainer: their supervisor's word comes first.
            """),
        new(null, "The people in a mentoring program", ResourceKind.Training, ResourceAudience.Everyone, 2, """
            - **Mentee**: sets their own goals, takes charge of their growth, schedules meetings and comes prepared.
            - **Mentor**: listens, shares experience, opens doors to other colleagues, and refers what lies outside their
              expertise.
            - **Coordinator**: runs the program, matches pairs, trains mentors, keeps this library and the referral list,
              checks in along the way and helps when something goes wrong.
            - **Supervisor**: makes time for the meetings and encourages staff to take part. Let yours know before you
              sign up.
            """),
        new(null, "Tips for mentors", ResourceKind.Tip, ResourceAudience.Mentors, 1, """
            - **Answer promptly** and keep your mentee posted if you will be away for a while.
            - **Ask before you tell**: good questions help your mentee find their own answer.
            - **Learn both ways**: your mentee's view of the library is worth hearing too.
            - **Set boundaries** early about time and topics, and keep them.
            - **Respect differences** in background, culture and working style.
            - **Celebrate progress**, however small.
            """),
        new(null, "Tips for mentees", ResourceKind.Tip, ResourceAudience.Mentees, 1, """
            - **Bring the questions**: before each meeting, jot down what you want to talk about.
            - **Be on time and flexible**: your mentor is giving you their time.
            - **Say what you want**: share your goals early and ask for feedback on them.
            - **Look first**: check the staff intranet, manuals and training before asking, then ask freely.
            - **Raise problems early**, directly and kindly, with your mentor, or with the coordinator if that is easier.
            - **Pass it on**: one day you may mentor someone yourself.
            """),
        new(null, "Ways to meet and things to do together", ResourceKind.Activity, ResourceAudience.Everyone, 1, """
            Meetings don't have to be across a desk. Pairs have enjoyed:

            - a **walking meeting** around the building or campus;
            - **lunch or coffee** somewhere new (some programs pay for a few lunches: see your pairing page);
            - a **tour of another department**, with an introduction to the people who work there;
            - going together to a **committee or member-group meeting** and talking it over afterwards;
            - **shadowing** the mentor at a visit, a class or a meeting;
            - preparing together for a **performance review**, an application or a conference proposal;
            - drawing up a **list of who to ask about what** in the library.
            """),
        new(null, "Frequently asked questions", ResourceKind.Faq, ResourceAudience.Everyone, 1, """
            ### Who can be a mentor?
            Any staff member who has worked here for the program's minimum time (a year, unless the program says otherwise).

            ### How often do we meet?
            Each program sets a rhythm; your pairing page shows it and whether you are on track.

            ### Is what we say confidential?
            Yes. Your private notes are visible only to the two of you. The coordinator sees dates and counts, never what
            you talked about.

            ### Should I tell my supervisor?
            Yes, before you sign up. Meetings normally happen during work hours.

            ### What if it isn't working?
            Talk to each other first if you can. Either of you can ask the coordinator to end the pairing from the
            pairing page; the other person is not told unless it ends.

            ### How long does it last?
            For the program's term, often six to twelve months. Some programs let a pair continue for another term if both
            wish.
            """),
    ];
}
