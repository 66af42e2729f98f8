package main

import (
	"flag"
	"fmt"
	lisette "lisette.dev/prelude"
	"log"
	"os"
	"strings"
	"time"
)

type Plan struct {
	source  string
	keep    int
	every   time.Duration
	dry_run bool
	exclude []string
}

func (v Plan) String() string {
	return "Plan { source: " + lisette.FormatValue(v.source) + ", keep: " + lisette.FormatValue(v.keep) + ", every: " + lisette.FormatValue(v.every) + ", dry_run: " + lisette.FormatValue(v.dry_run) + ", exclude: " + lisette.FormatValue(v.exclude) + " }"
}

func parse(args []string) lisette.Result[Plan, error] {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	source := fs.String("src", ".", "directory to back up")
	keep := fs.Int("keep", 7, "snapshots to keep")
	every := fs.Duration("every", time.Hour*24, "interval between snapshots")
	dry := fs.Bool("dry-run", false, "only print the plan")
	exclude := fs.String("exclude", "", "comma separated patterns")
	res := lisette.ResultOfErr(fs.Parse(args))
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[Plan, error](res.ErrVal)
	}
	if *keep < 1 {
		return lisette.MakeResultErr[Plan, error](fmt.Errorf("keep must be at least 1, got %d", *keep))
	}
	var patterns []string
	if *exclude == "" {
		patterns = []string{}
	} else {
		patterns = strings.Split(*exclude, ",")
	}
	return lisette.MakeResultOk[Plan, error](Plan{source: *source, keep: *keep, every: *every, dry_run: *dry, exclude: patterns})
}

func main() {
	logger := log.New(os.Stdout, "backup: ", 0)
	runs := [][]string{[]string{"-src", "/srv/data", "-every", "6h", "-keep", "4", "-exclude", "*.tmp,cache/", "-dry-run"}, []string{"-keep", "0"}, []string{"-every", "soon"}}
	for _, args := range runs {
		subject := parse(args)
		if subject.Tag == lisette.ResultOk {
			plan := subject.OkVal
			logger.Printf("source=%s keep=%d every=%v dry-run=%t", plan.source, plan.keep, plan.every, plan.dry_run)
			logger.Println("excluding", len(plan.exclude), "patterns:", plan.exclude)
			start := time.Date(2025, time.January, 6, 0, 0, 0, 0, time.UTC)
			for i, end := 0, plan.keep; i < end; i++ {
				at := start.Add(plan.every * time.Duration(i))
				logger.Println(" snapshot", i+1, "at", at.Format("Mon 15:04"))
			}
			span := plan.every * time.Duration((plan.keep - 1))
			logger.Println("history spans", span, "=", span.Hours(), "hours")
		} else {
			e := subject.ErrVal
			logger.Println("invalid arguments:", e)
		}
	}
}
