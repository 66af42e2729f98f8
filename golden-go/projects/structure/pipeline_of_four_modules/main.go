package main

import (
	"fmt"
	"golden/projects/structure/pipeline_of_four_modules/input"
	"golden/projects/structure/pipeline_of_four_modules/parse"
	"golden/projects/structure/pipeline_of_four_modules/report"
	"golden/projects/structure/pipeline_of_four_modules/stats"
	lisette "lisette.dev/prelude"
)

func main() {
	parsed := lisette.SliceMap(input.Raw(), parse.Parse)
	fmt.Println(parsed)
	fmt.Println(report.Line(stats.Summarize(parsed)))
}
