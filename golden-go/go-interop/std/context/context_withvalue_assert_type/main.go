package main

import (
	"context"
	"fmt"
	lisette "lisette.dev/prelude"
)

type CtxKey string

func (v CtxKey) String() string {
	return "CtxKey(" + lisette.FormatValue(string(v)) + ")"
}

func describe(ctx context.Context) {
	user := lisette.AssertType[string](ctx.Value(CtxKey("user")))
	attempt := lisette.AssertType[int](ctx.Value(CtxKey("attempt")))
	if user.Tag == lisette.OptionSome {
		if attempt.Tag == lisette.OptionSome {
			u := user.SomeVal
			n := attempt.SomeVal
			fmt.Printf("user %v, attempt %v\n", u, n)
		} else {
			u := user.SomeVal
			fmt.Printf("user %v, no attempt\n", u)
		}
	} else {
		fmt.Println("anonymous")
	}
}

func main() {
	base := context.Background()
	describe(base)
	with_user := context.WithValue(base, CtxKey("user"), "ann")
	describe(with_user)
	with_attempt := context.WithValue(with_user, CtxKey("attempt"), 3)
	describe(with_attempt)
	wrong_key := lisette.AssertType[string](with_attempt.Value("user"))
	fmt.Println("plain string key finds:", wrong_key.IsSome())
	wrong_type := lisette.AssertType[string](with_attempt.Value(CtxKey("attempt")))
	fmt.Println("attempt as string:", wrong_type)
}
