package main

import (
	"flag"
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	levels := []string{}
	fs := flag.NewFlagSet("app", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Func("level", "log level (debug, info, warn)", func(p0 string) error {
		return lisette.ResultToGoErr((func(s string) lisette.Result[struct{}, error] {
			l := strings.ToLower(s)
			if l != "debug" && l != "info" && l != "warn" {
				return lisette.MakeResultErr[struct{}, error](fmt.Errorf("unknown level %q", s))
			}
			levels = append(levels, l)
			return lisette.MakeResultOk[struct{}, error](struct{}{})
		})(p0))
	})
	subject := lisette.ResultOfErr(fs.Parse([]string{"-level", "INFO", "-level=warn"}))
	if subject.Tag == lisette.ResultOk {
		fmt.Println("levels:", levels)
	} else {
		e := subject.ErrVal
		fmt.Println("error:", e)
	}
	subject2 := lisette.ResultOfErr(fs.Parse([]string{"-level", "loud"}))
	if subject2.Tag == lisette.ResultOk {
		fmt.Println("levels:", levels)
	} else {
		e := subject2.ErrVal
		fmt.Println("error:", e)
	}
}
