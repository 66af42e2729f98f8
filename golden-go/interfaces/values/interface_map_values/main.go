package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Handler interface {
	Handle(body string) string
}

type Echo struct{}

func (v Echo) String() string {
	return "Echo {}"
}

type Count struct {
	unit string
}

func (v Count) String() string {
	return "Count { unit: " + lisette.FormatValue(v.unit) + " }"
}

func (self Echo) Handle(body string) string {
	return body
}

func (self Count) Handle(body string) string {
	return fmt.Sprintf("%v %v", len(body), self.unit)
}

func route(routes map[string]Handler, path, body string) string {
	subject := lisette.MapGet(routes, path)
	if subject.Tag == lisette.OptionSome {
		h := subject.SomeVal
		return h.Handle(body)
	}
	return fmt.Sprintf("404 %v", path)
}

func main() {
	routes := map[string]Handler{}
	routes["/echo"] = Echo{}
	routes["/len"] = Count{unit: "bytes"}
	fmt.Println(route(routes, "/echo", "ping"))
	fmt.Println(route(routes, "/len", "hello"))
	fmt.Println(route(routes, "/nope", "x"))
	fmt.Println(len(routes))
}
