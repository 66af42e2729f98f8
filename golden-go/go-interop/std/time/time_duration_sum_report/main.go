package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
	"time"
)

type Step struct {
	name string
	took time.Duration
}

func (v Step) String() string {
	return "Step { name: " + lisette.FormatValue(v.name) + ", took: " + lisette.FormatValue(v.took) + " }"
}

func parse_line(line string) lisette.Result[Step, error] {
	fields := strings.Fields(line)
	if len(fields) != 2 {
		return lisette.MakeResultErr[Step, error](fmt.Errorf("bad line %q", line))
	}
	res := lisette.ResultOf(time.ParseDuration(fields[1]))
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[Step, error](res.ErrVal)
	}
	d := res.OkVal
	return lisette.MakeResultOk[Step, error](Step{name: fields[0], took: d})
}

func main() {
	log := "fetch 1.2s\ncompile 45.5s\nlink 3s\ntest 1m10s\nbroken\npackage 800ms"
	steps := []Step{}
	for _, line := range strings.Split(log, "\n") {
		subject := parse_line(line)
		if subject.Tag == lisette.ResultOk {
			s := subject.OkVal
			steps = append(steps, s)
		} else {
			e := subject.ErrVal
			fmt.Println("skip:", e)
		}
	}
	total := time.Nanosecond * 0
	slowest := steps[0]
	for _, s := range steps {
		total = total + s.took
		if s.took > slowest.took {
			slowest = s
		}
	}
	count := int64(len(steps))
	fmt.Println("steps:", len(steps))
	fmt.Println("total:", total)
	fmt.Println("average:", time.Duration((int64(total/time.Nanosecond)/count))*time.Nanosecond)
	fmt.Println("slowest:", slowest.name, slowest.took)
	fmt.Println("over a minute:", total > time.Minute, total.Round(time.Second))
}
