package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Address struct {
	Street string `json:"street"`
	Zip    string `json:"zip_code"`
}

func (v Address) String() string {
	return "Address { street: " + lisette.FormatValue(v.Street) + ", zip: " + lisette.FormatValue(v.Zip) + " }"
}

type Person struct {
	Name     string                 `json:"name,omitempty"`
	Age      int                    `json:"age"`
	Nick     lisette.Option[string] `json:"nick,omitempty,omitzero"`
	Emails   []string               `json:"emails,omitempty"`
	Address  Address                `json:"address,omitempty"`
	Password string                 `json:"-"`
}

func (v Person) String() string {
	return "Person { name: " + lisette.FormatValue(v.Name) + ", age: " + lisette.FormatValue(v.Age) + ", nick: " + lisette.FormatValue(v.Nick) + ", emails: " + lisette.FormatValue(v.Emails) + ", address: " + lisette.FormatValue(v.Address) + ", password: " + lisette.FormatValue(v.Password) + " }"
}

func main() {
	p := Person{Name: "Ann", Age: 0, Nick: lisette.MakeOptionNone[string](), Emails: []string{"a@x.org", "ann@y.com"}, Address: Address{Street: "Main 1", Zip: "0150"}, Password: "pw"}
	var data []byte
	subject := lisette.ResultOf(json.Marshal(p))
	if subject.Tag != lisette.ResultOk {
		e := subject.ErrVal
		fmt.Println(e)
		return
	}
	b := subject.OkVal
	data = b
	fmt.Println(string(data))
	back := Person{Name: "", Age: 9, Nick: lisette.MakeOptionSome[string]("x"), Emails: []string{}, Address: Address{Street: "", Zip: ""}, Password: "keep"}
	subject2 := lisette.ResultOfErr(json.Unmarshal(data, &back))
	if subject2.Tag == lisette.ResultOk {
		fmt.Println(back)
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	text := "{\"name\":\"Bo\",\"age\":41,\"nick\":\"b\",\"address\":{\"street\":\"S\",\"zip_code\":\"9\"},\"password\":\"leak\"}"
	other := Person{Name: "", Age: 0, Nick: lisette.MakeOptionNone[string](), Emails: []string{}, Address: Address{Street: "", Zip: ""}, Password: ""}
	subject3 := lisette.ResultOfErr(json.Unmarshal([]byte(text), &other))
	if subject3.Tag == lisette.ResultOk {
		fmt.Println(other)
	} else {
		e := subject3.ErrVal
		fmt.Println(e)
	}
}
