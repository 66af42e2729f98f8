package main

import (
	"context"
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
	"time"
)

func run_steps(ctx context.Context, steps int) lisette.Result[int, error] {
	done := 0
	for i := 0; i < steps; i++ {
		res := lisette.ResultOfErr(ctx.Err())
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, error](res.ErrVal)
		}
		done += 1
	}
	return lisette.MakeResultOk[int, error](done)
}

func main() {
	subject := lisette.MakeTuple2(context.WithTimeout(context.Background(), time.Second*0))
	expired := subject.First
	cancel1 := subject.Second
	defer cancel1()
	subject2 := run_steps(expired, 3)
	if subject2.Tag == lisette.ResultOk {
		n := subject2.OkVal
		fmt.Println("finished", n)
	} else {
		e := subject2.ErrVal
		fmt.Println("error:", e)
		fmt.Println("deadline exceeded:", errors.Is(e, context.DeadlineExceeded))
	}
	subject3 := lisette.MakeTuple2(context.WithTimeout(context.Background(), time.Hour))
	relaxed := subject3.First
	cancel2 := subject3.Second
	defer cancel2()
	subject4 := run_steps(relaxed, 3)
	if subject4.Tag == lisette.ResultOk {
		n := subject4.OkVal
		fmt.Println("finished", n)
	} else {
		e := subject4.ErrVal
		fmt.Println("error:", e)
	}
	fmt.Println("has deadline:", lisette.OptionOf(relaxed.Deadline()).IsSome())
	fmt.Println("background deadline:", lisette.OptionOf(context.Background().Deadline()).IsSome())
}
