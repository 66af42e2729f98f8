package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"sync"
)

func main() {
	settings := sync.Map{}
	settings.Store("port", 8080)
	settings.Store("host", "localhost")
	port := lisette.OptionAndThen(lisette.OptionOf(settings.Load("port")), func(v any) lisette.Option[int] {
		return lisette.AssertType[int](v)
	}).UnwrapOr(80)
	host := lisette.OptionAndThen(lisette.OptionOf(settings.Load("host")), func(v any) lisette.Option[string] {
		return lisette.AssertType[string](v)
	})
	wrong := lisette.OptionAndThen(lisette.OptionOf(settings.Load("host")), func(v any) lisette.Option[int] {
		return lisette.AssertType[int](v)
	})
	missing := lisette.OptionOf(settings.Load("user"))
	fmt.Println(port+1, host, wrong, missing.IsNone())
}
