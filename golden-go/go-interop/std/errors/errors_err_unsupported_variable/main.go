package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

func export(format string) lisette.Result[string, error] {
	if format == "csv" {
		return lisette.MakeResultOk[string, error]("a,b")
	}
	return lisette.MakeResultErr[string, error](fmt.Errorf("export %s: %w", format, errors.ErrUnsupported))
}

func main() {
	for _, f := range []string{"csv", "xlsx"} {
		subject := export(f)
		if subject.Tag == lisette.ResultOk {
			s := subject.OkVal
			fmt.Println(s)
		} else {
			e := subject.ErrVal
			fmt.Println(e, errors.Is(e, errors.ErrUnsupported))
		}
	}
}
