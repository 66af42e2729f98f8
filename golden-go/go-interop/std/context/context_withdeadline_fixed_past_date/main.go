package main

import (
	"context"
	"fmt"
	lisette "lisette.dev/prelude"
	"time"
)

func main() {
	when := time.Date(2020, time.June, 1, 8, 30, 0, 0, time.UTC)
	subject := lisette.MakeTuple2(context.WithDeadline(context.Background(), when))
	ctx := subject.First
	cancel := subject.Second
	subject2 := lisette.OptionOf(ctx.Deadline())
	if subject2.Tag == lisette.OptionSome {
		d := subject2.SomeVal
		fmt.Println("deadline:", d.UTC().Format(time.RFC3339))
	} else {
		fmt.Println("no deadline")
	}
	subject3 := lisette.ResultOfErr(ctx.Err())
	if subject3.Tag == lisette.ResultOk {
		fmt.Println("still running")
	} else {
		e := subject3.ErrVal
		fmt.Println("err:", e, e == context.DeadlineExceeded)
	}
	cancel()
	subject4 := lisette.ResultOfErr(ctx.Err())
	if subject4.Tag == lisette.ResultOk {
		fmt.Println("still running")
	} else {
		e := subject4.ErrVal
		fmt.Println("after cancel:", e)
	}
}
