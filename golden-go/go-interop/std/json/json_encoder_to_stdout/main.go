package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
)

type Event struct {
	Kind    string         `json:"kind"`
	Payload map[string]int `json:"payload"`
}

func (v Event) String() string {
	return "Event { kind: " + lisette.FormatValue(v.Kind) + ", payload: " + lisette.FormatValue(v.Payload) + " }"
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	events := []Event{Event{Kind: "click", Payload: lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "x", Second: 10}, lisette.Tuple2[string, int]{First: "y", Second: 20}})}, Event{Kind: "<scroll>", Payload: map[string]int{}}}
	for _, e := range events {
		subject := lisette.ResultOfErr(enc.Encode(e))
		if subject.Tag == lisette.ResultErr {
			err := subject.ErrVal
			fmt.Println(err)
		}
	}
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	subject2 := lisette.ResultOfErr(enc.Encode(events[1]))
	if subject2.Tag == lisette.ResultOk {
		fmt.Println("done")
	} else {
		err := subject2.ErrVal
		fmt.Println(err)
	}
}
