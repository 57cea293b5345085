/** Given and family names for synthetic directory users: varied origins, ASCII so they make valid email addresses. */

export const FIRST_NAMES = [
  "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
  "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
  "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Margaret", "Mark", "Sandra", "Steven", "Ashley",
  "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle", "Kevin", "Carol", "Brian", "Amanda",
  "Wei", "Mei", "Hiroshi", "Yuki", "Arjun", "Priya", "Rahul", "Ananya", "Mohammed", "Fatima",
  "Omar", "Aisha", "Carlos", "Sofia", "Diego", "Lucia", "Mateo", "Valentina", "Luca", "Giulia",
  "Lars", "Ingrid", "Sven", "Astrid", "Pierre", "Camille", "Jean", "Chloe", "Hans", "Anna",
  "Jakub", "Zuzana", "Piotr", "Katarzyna", "Kwame", "Ama", "Chinedu", "Ngozi", "Tariq", "Leila",
  "Min-jun", "Seo-yeon", "Thanh", "Linh", "Ivan", "Olga", "Noah", "Emma", "Liam", "Olivia",
];

export const LAST_NAMES = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
  "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
  "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
  "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
  "Wang", "Li", "Zhang", "Chen", "Liu", "Tanaka", "Suzuki", "Sato", "Kim", "Park",
  "Patel", "Sharma", "Singh", "Gupta", "Khan", "Ali", "Hassan", "Ahmed", "Okafor", "Mensah",
  "Rossi", "Bianchi", "Romano", "Muller", "Schmidt", "Schneider", "Fischer", "Dubois", "Laurent", "Moreau",
  "Johansson", "Andersson", "Nilsson", "Hansen", "Nowak", "Kowalski", "Novak", "Ivanov", "Petrov", "Silva",
  "Santos", "Oliveira", "Costa", "Fernandes", "O'Brien", "Murphy", "Kelly", "Byrne", "Tran", "Pham",
];
