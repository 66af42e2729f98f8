package main

import (
	"context"
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	subject := func() lisette.Tuple2[context.Context, func(lisette.Option[error])] {
		v0, v1 := context.WithCancelCause(context.Background())
		return lisette.MakeTuple2(v0, func(p0 lisette.Option[error]) {
			v1(lisette.Nilable(p0))
		})
	}()
	ctx := subject.First
	cancel := subject.Second
	subject2 := lisette.OptionNilable(context.Cause(ctx))
	if subject2.Tag == lisette.OptionSome {
		c := subject2.SomeVal
		fmt.Println("cause:", c)
	} else {
		fmt.Println("no cause yet")
	}
	shutdown := errors.New("server shutting down")
	cancel(lisette.MakeOptionSome[error](shutdown))
	subject3 := lisette.OptionNilable(context.Cause(ctx))
	if subject3.Tag == lisette.OptionSome {
		c := subject3.SomeVal
		fmt.Println("cause:", c, c == shutdown)
	} else {
		fmt.Println("no cause")
	}
	subject4 := lisette.ResultOfErr(ctx.Err())
	if subject4.Tag == lisette.ResultOk {
		fmt.Println("running")
	} else {
		e := subject4.ErrVal
		fmt.Println("err:", e)
	}
	subject5 := func() lisette.Tuple2[context.Context, func(lisette.Option[error])] {
		v0, v1 := context.WithCancelCause(context.Background())
		return lisette.MakeTuple2(v0, func(p0 lisette.Option[error]) {
			v1(lisette.Nilable(p0))
		})
	}()
	plain := subject5.First
	cancel_plain := subject5.Second
	cancel_plain(lisette.MakeOptionNone[error]())
	subject6 := lisette.OptionNilable(context.Cause(plain))
	if subject6.Tag == lisette.OptionSome {
		c := subject6.SomeVal
		fmt.Println("default cause:", c)
	} else {
		fmt.Println("none")
	}
}
