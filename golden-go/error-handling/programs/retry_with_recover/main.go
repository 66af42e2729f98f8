package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ServiceDown struct {
	name string
}

func (v ServiceDown) String() string {
	return "ServiceDown { name: " + lisette.FormatValue(v.name) + " }"
}

func (self ServiceDown) Error() string {
	return fmt.Sprintf("%v is down", self.name)
}

func retry(label string, max_attempts int, op, backoff func(int) int) lisette.Result[int, string] {
	waited := 0
	last_error := "never ran"
	for attempt, more := 1, 1 <= max_attempts; more; attempt, more = attempt+1, attempt < max_attempts {
		r := lisette.RecoverBlock(func() int {
			return op(attempt)
		})
		if r.Tag == lisette.ResultOk {
			v := r.OkVal
			fmt.Printf("%v: attempt %v succeeded with %v after waiting %vms\n", label, attempt, v, waited)
			return lisette.MakeResultOk[int, string](v)
		} else {
			pv := r.ErrVal
			last_error = pv.Message()
			if attempt < max_attempts {
				delay := backoff(attempt)
				waited += delay
				fmt.Printf("%v: attempt %v failed (%v), retrying in %vms\n", label, attempt, last_error, delay)
			} else {
				fmt.Printf("%v: attempt %v failed (%v), giving up\n", label, attempt, last_error)
			}
		}
	}
	return lisette.MakeResultErr[int, string](fmt.Sprintf("%v: gave up after %v attempts, last error: %v", label, max_attempts, last_error))
}

func flaky(failures int) func(int) int {
	calls := 0
	return func(attempt int) int {
		calls += 1
		if calls <= failures {
			panic(fmt.Sprintf("transient failure #%v", calls))
		}
		return attempt * 100
	}
}

func main() {
	backoff := func(n int) int {
		d := 10
		for i := 1; i < n; i++ {
			d *= 2
		}
		return d
	}
	calls := 0
	connect := func(attempt int) int {
		calls += 1
		if calls < 3 {
			panic(fmt.Sprintf("connection refused (call %v)", calls))
		}
		return attempt * 100
	}
	divisors := []int{0, 0, 5}
	divide := func(attempt int) int {
		return 100 / divisors[attempt-1]
	}
	billing := func(_attempt int) int {
		panic(ServiceDown{name: "billing"})
	}
	results := []lisette.Result[int, string]{retry("connect", 5, connect, backoff), retry("flaky", 4, flaky(1), backoff), retry("divide", 3, divide, backoff), retry("billing", 2, billing, backoff)}
	fmt.Printf("connect closure ran %v times\n", calls)
	succeeded := len(lisette.SliceFilter(results, func(r lisette.Result[int, string]) bool {
		return r.IsOk()
	}))
	total := lisette.SliceFold(results, 0, func(acc int, r lisette.Result[int, string]) int {
		return acc + r.UnwrapOr(0)
	})
	fmt.Printf("%v of %v operations succeeded, values sum to %v\n", succeeded, len(results), total)
	for _, r := range results {
		if r.Tag == lisette.ResultErr {
			e := r.ErrVal
			fmt.Println(e)
		}
	}
}
