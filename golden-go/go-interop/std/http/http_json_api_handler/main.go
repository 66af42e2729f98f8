package main

import (
	"encoding/json"
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Todo struct {
	Id    int    `json:"id"`
	Title string `json:"title"`
	Done  bool   `json:"done"`
}

func (v Todo) String() string {
	return "Todo { id: " + lisette.FormatValue(v.Id) + ", title: " + lisette.FormatValue(v.Title) + ", done: " + lisette.FormatValue(v.Done) + " }"
}

type TodoApi struct {
	todos   []Todo
	next_id int
}

func (v TodoApi) String() string {
	return "TodoApi { todos: " + lisette.FormatValue(v.todos) + ", next_id: " + lisette.FormatValue(v.next_id) + " }"
}

func (self *TodoApi) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if r.Method == http.MethodGet {
		subject := lisette.ResultOf(json.Marshal(self.todos))
		if subject.Tag == lisette.ResultOk {
			data := subject.OkVal
			_, _ = w.Write(data)
		} else {
			e := subject.ErrVal
			http.Error(w, e.Error(), http.StatusInternalServerError)
		}
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if lisette.OptionNilable(r.Body).Tag != lisette.OptionSome {
		http.Error(w, "no body", http.StatusBadRequest)
		return
	}
	body := lisette.OptionNilable(r.Body).SomeVal
	todo := Todo{Id: 0, Title: "", Done: false}
	subject2 := lisette.ResultOfErr(json.NewDecoder(body).Decode(&todo))
	if subject2.Tag == lisette.ResultOk {
		todo.Id = self.next_id
		self.next_id += 1
		self.todos = append(self.todos, todo)
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "{\"id\":%d}", todo.Id)
	} else {
		e := subject2.ErrVal
		http.Error(w, fmt.Sprintf("bad json: %v", e), http.StatusBadRequest)
	}
}

func request(api http.Handler, method, body string) {
	rec := httptest.NewRecorder()
	var reader lisette.Option[io.Reader]
	if body == "" {
		reader = lisette.MakeOptionNone[io.Reader]()
	} else {
		reader = lisette.MakeOptionSome[io.Reader](strings.NewReader(body))
	}
	req := httptest.NewRequest(method, "/todos", lisette.Nilable(reader))
	api.ServeHTTP(rec, req)
	var text string
	if lisette.OptionNilable(rec.Body).Tag == lisette.OptionSome {
		b := lisette.OptionNilable(rec.Body).SomeVal
		text = strings.TrimSpace(b.String())
	} else {
		text = ""
	}
	fmt.Println(method, rec.Code, text)
}

func main() {
	api := TodoApi{todos: []Todo{}, next_id: 1}
	r := &api
	request(r, "GET", "")
	request(r, "POST", "{\"title\": \"buy milk\", \"done\": false}")
	request(r, "POST", "{\"title\": \"walk dog\", \"done\": true}")
	request(r, "POST", "{\"title\": ")
	request(r, "DELETE", "")
	request(r, "GET", "")
	fmt.Println("stored:", len(api.todos), "next id:", api.next_id)
}
