package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Profile struct {
	Name     string                 `json:"name"`
	Age      lisette.Option[int]    `json:"age"`
	Nickname lisette.Option[string] `json:"nickname"`
}

func (v Profile) String() string {
	return "Profile { name: " + lisette.FormatValue(v.Name) + ", age: " + lisette.FormatValue(v.Age) + ", nickname: " + lisette.FormatValue(v.Nickname) + " }"
}

func decode(text string) {
	p := Profile{Name: "", Age: lisette.MakeOptionNone[int](), Nickname: lisette.MakeOptionNone[string]()}
	subject := lisette.ResultOfErr(json.Unmarshal([]byte(text), &p))
	if subject.Tag == lisette.ResultOk {
		fmt.Println(p)
	} else {
		e := subject.ErrVal
		fmt.Println("error:", e)
	}
}

func main() {
	people := []Profile{Profile{Name: "ann", Age: lisette.MakeOptionSome[int](34), Nickname: lisette.MakeOptionNone[string]()}, Profile{Name: "bo", Age: lisette.MakeOptionNone[int](), Nickname: lisette.MakeOptionSome[string]("bobo")}}
	subject2 := lisette.ResultOf(json.Marshal(people))
	if subject2.Tag == lisette.ResultOk {
		data := subject2.OkVal
		fmt.Println(string(data))
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	decode("{\"name\": \"cy\", \"age\": 51, \"nickname\": null}")
	decode("{\"name\": \"di\", \"nickname\": \"dee\"}")
	decode("{\"name\": \"ed\", \"age\": \"old\"}")
}
