// The text of a new team fact file: valid as it stands (it holds no fact yet), with each field of a fact explained in
// a commented example, so an author who saves it unchanged adds no figure to the dataset.
export const STARTER_FACT_FILE = `# A team fact file. Name it *.facts.yaml so Memocheck finds it; the editor validates it against
# schema/facts.schema.json as you type. Each fact needs a real source: a title, a publisher, a date, a web
# address where there is one, and a short quote that states the figure.
dataset:
  name: Our team's facts
  description: What these facts cover, and who keeps them.
facts: []
# Write facts as a list under "facts" (and remove the [] above). An amount, for example:
#
# facts:
#   - id: our-team.example-fund.size       # lower-case letters, digits, dots and hyphens
#     kind: amount                          # tier, amount or benchmark
#     subject:
#       name: Example Fund                  # what memos call it
#       type: fund                          # country, company, fund, programme, chip, model, rule, deal, ...
#       aliases: [the Example Fund]         # other names; never a common word
#     metric:
#       name: fund size
#       keywords: [fund size, raised]       # words near a figure that say it is this metric
#     value: 1000000000                     # in full: one billion is 1000000000
#     currency: USD                         # or, for a benchmark, unit: percent, count, ...
#     date: "2025-01-31"                    # as of: YYYY-MM-DD, YYYY-MM or YYYY, in quotes
#     sources:
#       - title: The source's title
#         publisher: Who published it
#         date: "2025-01-31"
#         url: https://example.org/where-it-says-so
#         quote: A short quote that states the figure.
`;
