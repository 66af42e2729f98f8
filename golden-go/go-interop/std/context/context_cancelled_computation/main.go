package main

import (
	"context"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Budget struct {
	steps_left int
	cancel     func()
}

func (v Budget) String() string {
	return "Budget { steps_left: " + lisette.FormatValue(v.steps_left) + ", cancel: " + lisette.FormatValue(v.cancel) + " }"
}

func (self *Budget) Spend() {
	self.steps_left -= 1
	if self.steps_left == 0 {
		stop := self.cancel
		stop()
	}
}

func sum_primes(ctx context.Context, limit int, budget *Budget) lisette.Result[lisette.Tuple2[int, int], error] {
	sum := 0
	count := 0
	for n := 2; n < limit; n++ {
		res := lisette.ResultOfErr(ctx.Err())
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[lisette.Tuple2[int, int], error](res.ErrVal)
		}
		prime := true
		d := 2
		for d*d <= n {
			if n%d == 0 {
				prime = false
				break
			}
			d += 1
		}
		if prime {
			sum += n
			count += 1
			budget.Spend()
		}
	}
	return lisette.MakeResultOk[lisette.Tuple2[int, int], error](lisette.Tuple2[int, int]{First: count, Second: sum})
}

func main() {
	subject := lisette.MakeTuple2(context.WithCancel(context.Background()))
	ctx := subject.First
	cancel := subject.Second
	big := Budget{steps_left: 1000, cancel: cancel}
	subject2 := sum_primes(ctx, 50, &big)
	if subject2.Tag == lisette.ResultOk {
		count := subject2.OkVal.First
		sum := subject2.OkVal.Second
		fmt.Println("completed:", count, "primes, sum", sum)
	} else {
		e := subject2.ErrVal
		fmt.Println("stopped:", e)
	}
	subject3 := lisette.MakeTuple2(context.WithCancel(context.Background()))
	ctx2 := subject3.First
	cancel2 := subject3.Second
	small := Budget{steps_left: 5, cancel: cancel2}
	subject4 := sum_primes(ctx2, 1000, &small)
	if subject4.Tag == lisette.ResultOk {
		count := subject4.OkVal.First
		sum := subject4.OkVal.Second
		fmt.Println("completed:", count, "primes, sum", sum)
	} else {
		e := subject4.ErrVal
		fmt.Println("stopped:", e)
	}
	cancel()
}
