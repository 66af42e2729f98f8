package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func lookup(phone map[string]string, name string) string {
	subject := lisette.MapGet(phone, name)
	if subject.Tag == lisette.OptionSome {
		number := subject.SomeVal
		return fmt.Sprintf("%v: %v", name, number)
	}
	return fmt.Sprintf("%v: unknown", name)
}

func main() {
	phone := lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "ann", Second: "555-0101"}})
	fmt.Println(lookup(phone, "ann"))
	fmt.Println(lookup(phone, "bob"))
}
