package report

import (
	"fmt"
	"golden/projects/structure/pipeline_of_four_modules/stats"
)

func Line(s stats.Summary) string {
	return fmt.Sprintf("total=%v skipped=%v", s.Total, s.Skipped)
}
