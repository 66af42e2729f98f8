package main

import (
	"context"
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
	"time"
)

type Flaky struct {
	failures_left int
	calls         int
}

func (v Flaky) String() string {
	return "Flaky { failures_left: " + lisette.FormatValue(v.failures_left) + ", calls: " + lisette.FormatValue(v.calls) + " }"
}

func (self *Flaky) Call() lisette.Result[string, error] {
	self.calls += 1
	if self.failures_left > 0 {
		self.failures_left -= 1
		return lisette.MakeResultErr[string, error](fmt.Errorf("attempt %d: service unavailable", self.calls))
	}
	return lisette.MakeResultOk[string, error](fmt.Sprintf("response after %v calls", self.calls))
}

func retry(ctx context.Context, op *Flaky, budget time.Duration) lisette.Result[string, error] {
	waited := time.Nanosecond * 0
	delay := time.Millisecond * 100
	failures := 0
	last := lisette.MakeOptionNone[error]()
	for {
		res := lisette.ResultOfErr(ctx.Err())
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[string, error](res.ErrVal)
		}
		subject := op.Call()
		if subject.Tag == lisette.ResultOk {
			v := subject.OkVal
			return lisette.MakeResultOk[string, error](v)
		} else {
			e := subject.ErrVal
			failures += 1
			last = lisette.MakeOptionSome[error](e)
		}
		if waited+delay > budget {
			if last.Tag == lisette.OptionSome {
				e := last.SomeVal
				return lisette.MakeResultErr[string, error](fmt.Errorf("gave up after %v (%d failures): %w", waited, failures, e))
			}
			return lisette.MakeResultErr[string, error](errors.New("gave up"))
		}
		fmt.Println("  backing off", delay)
		waited = waited + delay
		delay = delay * 2
	}
}

func main() {
	bg := context.Background()
	quick := Flaky{failures_left: 2, calls: 0}
	fmt.Println("quick:")
	subject2 := retry(bg, &quick, time.Second)
	if subject2.Tag == lisette.ResultOk {
		v := subject2.OkVal
		fmt.Println("  ok:", v)
	} else {
		e := subject2.ErrVal
		fmt.Println("  error:", e)
	}
	down := Flaky{failures_left: 100, calls: 0}
	fmt.Println("down:")
	subject3 := retry(bg, &down, time.Millisecond*500)
	if subject3.Tag == lisette.ResultOk {
		v := subject3.OkVal
		fmt.Println("  ok:", v)
	} else {
		e := subject3.ErrVal
		fmt.Println("  error:", e)
		fmt.Println("  calls:", down.calls)
	}
	subject4 := lisette.MakeTuple2(context.WithCancel(bg))
	ctx := subject4.First
	cancel := subject4.Second
	cancel()
	never := Flaky{failures_left: 0, calls: 0}
	fmt.Println("cancelled:")
	subject5 := retry(ctx, &never, time.Second)
	if subject5.Tag == lisette.ResultOk {
		v := subject5.OkVal
		fmt.Println("  ok:", v)
	} else {
		e := subject5.ErrVal
		fmt.Println("  error:", e, "| canceled:", errors.Is(e, context.Canceled), "| calls:", never.calls)
	}
}
