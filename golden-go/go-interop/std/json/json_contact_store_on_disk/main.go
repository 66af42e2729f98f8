package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"path/filepath"
	"strings"
)

type Contact struct {
	Name  string   `json:"name"`
	Email string   `json:"email"`
	Tags  []string `json:"tags"`
}

func (v Contact) String() string {
	return "Contact { name: " + lisette.FormatValue(v.Name) + ", email: " + lisette.FormatValue(v.Email) + ", tags: " + lisette.FormatValue(v.Tags) + " }"
}

type Book struct {
	Version  int       `json:"version"`
	Contacts []Contact `json:"contacts"`
}

func (v Book) String() string {
	return "Book { version: " + lisette.FormatValue(v.Version) + ", contacts: " + lisette.FormatValue(v.Contacts) + " }"
}

type Store struct {
	path string
}

func (v Store) String() string {
	return "Store { path: " + lisette.FormatValue(v.path) + " }"
}

func (self Store) Save(book Book) lisette.Result[struct{}, error] {
	res := lisette.ResultOf(json.MarshalIndent(book, "", "  "))
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res.ErrVal)
	}
	data := res.OkVal
	return lisette.ResultOfErr(os.WriteFile(self.path, data, 0o600))
}

func (self Store) Load() lisette.Result[Book, error] {
	res2 := lisette.ResultOf(os.ReadFile(self.path))
	if res2.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[Book, error](res2.ErrVal)
	}
	data := res2.OkVal
	book := Book{Version: 0, Contacts: []Contact{}}
	res3 := lisette.ResultOfErr(json.Unmarshal(data, &book))
	if res3.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[Book, error](res3.ErrVal)
	}
	return lisette.MakeResultOk[Book, error](book)
}

func run(dir string) lisette.Result[struct{}, error] {
	store := Store{path: filepath.Join(dir, "contacts.json")}
	subject := store.Load()
	if subject.Tag == lisette.ResultOk {
		fmt.Println("unexpected existing file")
	} else {
		e := subject.ErrVal
		fmt.Println("first load fails:", os.IsNotExist(e))
	}
	book := Book{Version: 1, Contacts: []Contact{Contact{Name: "Ann", Email: "ann@example.org", Tags: []string{"work"}}, Contact{Name: "Bo", Email: "bo@example.org", Tags: []string{}}}}
	res4 := store.Save(book)
	if res4.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res4.ErrVal)
	}
	res5 := store.Load()
	if res5.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res5.ErrVal)
	}
	loaded := res5.OkVal
	fmt.Println("version", loaded.Version, "contacts", len(loaded.Contacts))
	loaded.Version += 1
	loaded.Contacts = append(loaded.Contacts, Contact{Name: "Cy", Email: "cy@example.org", Tags: []string{"family", "gym"}})
	loaded.Contacts[1].Tags = append(loaded.Contacts[1].Tags, "book club")
	res6 := store.Save(loaded)
	if res6.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res6.ErrVal)
	}
	res7 := store.Load()
	if res7.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res7.ErrVal)
	}
	again := res7.OkVal
	for _, c := range again.Contacts {
		fmt.Printf("%v <%v> [%v]\n", c.Name, c.Email, strings.Join(c.Tags, ", "))
	}
	res8 := lisette.ResultOf(os.ReadFile(store.path))
	if res8.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res8.ErrVal)
	}
	raw := res8.OkVal
	text := string(raw)
	fmt.Println("version line:", strings.Contains(text, "\"version\": 2"))
	fmt.Println("lines in file:", strings.Count(text, "\n")+1)
	return lisette.MakeResultOk[struct{}, error](struct{}{})
}

func main() {
	var dir string
	subject2 := lisette.ResultOf(os.MkdirTemp("", "lis-b-contacts-*"))
	if subject2.Tag != lisette.ResultOk {
		e := subject2.ErrVal
		fmt.Println(e)
		return
	}
	d := subject2.OkVal
	dir = d
	subject3 := run(dir)
	if subject3.Tag == lisette.ResultOk {
		fmt.Println("ok")
	} else {
		e := subject3.ErrVal
		fmt.Println("error:", e)
	}
	_ = os.RemoveAll(dir)
}
