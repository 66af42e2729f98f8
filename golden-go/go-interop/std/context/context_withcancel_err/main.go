package main

import (
	"context"
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

func status(ctx context.Context) string {
	subject := lisette.ResultOfErr(ctx.Err())
	if subject.Tag == lisette.ResultOk {
		return "active"
	}
	e := subject.ErrVal
	return fmt.Sprintf("done (%v)", e)
}

func main() {
	subject2 := lisette.MakeTuple2(context.WithCancel(context.Background()))
	ctx := subject2.First
	cancel := subject2.Second
	fmt.Println("before:", status(ctx))
	cancel()
	fmt.Println("after:", status(ctx))
	subject3 := lisette.ResultOfErr(ctx.Err())
	if subject3.Tag != lisette.ResultOk {
		e := subject3.ErrVal
		fmt.Println("is Canceled:", errors.Is(e, context.Canceled), e == context.Canceled)
	}
	cancel()
	fmt.Println("second cancel is harmless:", status(ctx))
}
