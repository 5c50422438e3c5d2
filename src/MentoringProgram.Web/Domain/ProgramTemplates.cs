namespace MentoringProgram.Web.Domain;

public static class ProgramTemplates
{
    public static IReadOnlyList<ProgramTemplate> All { get; } =
    [
        new("staff-mentoring", "Staff Mentoring Program", "Based on the MIT Libraries' Mentoring Program",
            new ProgramSettings(
                "The mentoring program gives staff a framework in which to support and learn from one another: supporting staff in career or educational decisions, increasing their sense of connection to the library, and advising on work-life issues.",
                """
                Both mentor and mentee are responsible for:
                - Completing a brief pre- and post-survey
                - Meeting twice during the first month, and at least once a month thereafter for the agreed duration
                - Maintaining confidentiality and privacy
                - Informing their supervisors of their intention to participate before signing up
                - Having an honest conversation about goals and desired outcomes at the start of the relationship
                - Being realistic about timelines (6-12 months)
                - Conducting all meetings during work hours, unless by mutual consent
                - Making time for meetings and for any follow-up agreed on between meetings
                - Contributing to program assessment

                Mentees schedule the meetings. Mentors refer questions beyond their expertise, including legal or medical issues.
                """,
                new TermLength(12, TermUnit.Months), Renewable: false, MinimumMentorTenureMonths: 12,
                CadenceRule.TwiceFirstMonthThenMonthly, DefaultMentorCapacity: 1, LunchAllowance: null,
                MatchingMode.CoordinatorMatches, CoordinatorContact: null)),
        new("peer-connections", "Peer Connections", "Based on the School of Science Peer Connections program",
            new ProgramSettings(
                "Peer Connections pairs new staff with peer advisors who help them navigate job responsibilities, policies and procedures, and the organization and its culture, and make connections outside their home department.",
                """
                Peer advisors arrange the introductory meeting, keep the relationship confidential, answer questions in a timely fashion, and direct advisees to the right resources. They do not train the advisee or replace the supervisor.
                Advisees research training materials and manuals before asking, respect the advisor's time, and prioritise their supervisor's input.
                Either side alerts the program coordinator when a question cannot be answered or the relationship needs to be dissolved.
                """,
                new TermLength(3, TermUnit.Semesters), Renewable: true, MinimumMentorTenureMonths: 12,
                CadenceRule.ContactEverySixWeeks, DefaultMentorCapacity: 2, LunchAllowance: 25m,
                MatchingMode.CoordinatorMatches, CoordinatorContact: null)),
        new("new-employee", "New Employee Mentoring", "Based on the Alliance Library System mentoring pilot",
            new ProgramSettings(
                "Helps new employees adjust to their new environment: an experienced colleague gives informal advice on internal processes, member services and committee work, and helps build a professional network.",
                """
                The mentor contacts the new employee before their arrival and meets them regularly over at least the first six months. All interactions are confidential; the mentor gives supportive guidance and constructive feedback, never an evaluation.
                The new employee keeps the mentor informed of problems or concerns as they arise, leaving the mentor time to help.
                """,
                new TermLength(6, TermUnit.Months), Renewable: false, MinimumMentorTenureMonths: 12,
                CadenceRule.FortnightlyThenMonthly, DefaultMentorCapacity: 1, LunchAllowance: null,
                MatchingMode.CoordinatorMatches, CoordinatorContact: null,
                Checklist: """
                Introductions to the departments and what each one does
                Introductions to colleagues, and where to go for which issue
                How to use the equipment
                Meet members at a member event or meeting
                Shadow a consultant on a site visit, then follow up with Human Resources
                Attend a committee meeting
                """)),
    ];

    public static ProgramTemplate? Find(string? key) => All.FirstOrDefault(t => t.Key == key);
}
