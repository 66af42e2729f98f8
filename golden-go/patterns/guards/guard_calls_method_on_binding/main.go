package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func contact_kind(c lisette.Option[string]) string {
	if c.Tag == lisette.OptionSome {
		s := c.SomeVal
		if strings.Contains(s, "@") {
			return "email"
		}
		s2 := c.SomeVal
		if strings.HasPrefix(s2, "+") {
			return "phone"
		}
		s3 := c.SomeVal
		if len(s3) == 0 {
			return "blank"
		}
		return "unknown"
	}
	return "missing"
}

func main() {
	contacts := []lisette.Option[string]{lisette.MakeOptionSome[string]("ann@example.org"), lisette.MakeOptionSome[string]("+4930123"), lisette.MakeOptionSome[string](""), lisette.MakeOptionSome[string]("desk 4"), lisette.MakeOptionNone[string]()}
	for _, c := range contacts {
		fmt.Println(contact_kind(c))
	}
}
