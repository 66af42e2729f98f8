package main

import (
	"context"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Job struct {
	id    int
	input string
}

func (v Job) String() string {
	return "Job { id: " + lisette.FormatValue(v.id) + ", input: " + lisette.FormatValue(v.input) + " }"
}

type Outcome struct {
	id      int
	words   int
	longest string
}

func (v Outcome) String() string {
	return "Outcome { id: " + lisette.FormatValue(v.id) + ", words: " + lisette.FormatValue(v.words) + ", longest: " + lisette.FormatValue(v.longest) + " }"
}

func analyse(ctx context.Context, job Job) lisette.Result[Outcome, error] {
	res := lisette.ResultOfErr(ctx.Err())
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[Outcome, error](res.ErrVal)
	}
	words := 0
	longest := ""
	for _, w := range strings.Split(job.input, " ") {
		if w == "" {
			continue
		}
		words += 1
		if len(w) > len(longest) {
			longest = w
		}
	}
	return lisette.MakeResultOk[Outcome, error](Outcome{id: job.id, words: words, longest: longest})
}

func main() {
	jobs := []Job{Job{id: 1, input: "the quick brown fox"}, Job{id: 2, input: "jumps over the lazy dog"}, Job{id: 3, input: ""}, Job{id: 4, input: "concurrency is not parallelism"}, Job{id: 5, input: "share memory by communicating"}, Job{id: 6, input: "a  b   c"}}
	subject := lisette.MakeTuple2(context.WithTimeout(context.Background(), time.Minute))
	ctx := subject.First
	cancel := subject.Second
	defer cancel()
	next := atomic.Int64{}
	processed := atomic.Int64{}
	mu := sync.Mutex{}
	results := map[int]Outcome{}
	wg := sync.WaitGroup{}
	for i2 := 0; i2 < 3; i2++ {
		wg.Go(func() {
			for {
				i := next.Add(int64(1)) - 1
				if i >= int64(len(jobs)) {
					break
				}
				subject2 := analyse(ctx, jobs[int(i)])
				if subject2.Tag == lisette.ResultOk {
					o := subject2.OkVal
					mu.Lock()
					results[o.id] = o
					mu.Unlock()
					_ = processed.Add(int64(1))
				}
			}
		})
	}
	wg.Wait()
	fmt.Println("processed:", processed.Load())
	for _, job := range jobs {
		subject3 := lisette.MapGet(results, job.id)
		if subject3.Tag == lisette.OptionSome {
			o := subject3.SomeVal
			fmt.Printf("job %v: %v words, longest [%v]\n", o.id, o.words, o.longest)
		} else {
			fmt.Printf("job %v: missing\n", job.id)
		}
	}
}
